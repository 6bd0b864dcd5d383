/// Normalises the text of words taken from a PDF: ligatures spelled out (`ﬁ` → `fi`), odd spaces
/// made plain, soft hyphens and zero-width characters dropped, and icon-font glyphs (the Unicode
/// private use area) dropped, except that one standing first on a line is read as a bullet.
enum PDFWordCleaner {
    /// The word's text as a reader sees it; empty when nothing readable is left.
    static func clean(_ text: String, firstOnLine: Bool) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFB00: out += "ff".unicodeScalars
            case 0xFB01: out += "fi".unicodeScalars
            case 0xFB02: out += "fl".unicodeScalars
            case 0xFB03: out += "ffi".unicodeScalars
            case 0xFB04: out += "ffl".unicodeScalars
            case 0xFB05, 0xFB06: out += "st".unicodeScalars
            case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: continue
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(" ")
            case 0x2010, 0x2011: out.append("-")
            case 0xE000...0xF8FF, 0xF0000...0x10FFFF:
                if firstOnLine && out.isEmpty && text.unicodeScalars.count == 1 { out.append("\u{2022}") }
            case 0...0x1F, 0x7F...0x9F: out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out).trimmingWhitespace()
    }

    /// Joins a word broken over two lines: `manage-` + `ment` → `management`, but a compound keeps
    /// its hyphen (`customer-` + `facing` → `customer-facing`). Nil when `end` is not a word broken
    /// by a hyphen or `start` does not go on in lower case.
    static func joinHyphenated(_ end: String, _ start: String) -> String? {
        let scalars = Array(end.unicodeScalars)
        guard scalars.count >= 3, scalars.last == "-", scalars[scalars.count - 2].properties.isLowercase,
              let first = start.unicodeScalars.first, first.properties.isLowercase else { return nil }
        let head = String(String.UnicodeScalarView(scalars.dropLast()))
        let lastPart = head.split(separator: "-").last.map { String($0).lowercased() } ?? ""
        let nextPart = String(start.prefix { $0.isLetter }).lowercased()
        if compoundHeads.contains(lastPart) || compoundTails.contains(nextPart) { return head + "-" + start }
        return head + start
    }

    /// Words that usually open a hyphenated compound (`cross-functional`, `self-motivated`).
    private static let compoundHeads: Set<String> = [
        "cross", "self", "well", "multi", "full", "part", "high", "long", "short", "real", "hands", "one", "face",
        "non", "co", "e", "end", "front", "back", "first", "second", "third", "day", "year", "world", "detail",
        "customer", "client", "team", "data", "user", "problem", "decision", "award", "results", "fast",
        "on", "in", "up", "follow", "check", "sign", "start", "open", "close", "state", "top", "low", "mid",
    ]

    /// Words that usually close one (`customer-facing`, `data-driven`, `full-time`).
    private static let compoundTails: Set<String> = [
        "based", "facing", "oriented", "driven", "related", "solving", "making", "time", "term", "level", "functional",
        "motivated", "friendly", "on", "up", "to", "end", "edge", "quality", "focused", "centric", "centred",
        "centered", "owned", "led", "run", "side", "wide", "specific", "free", "aware", "minded", "known", "winning",
        "organized", "organised", "starter", "paced", "service", "round", "date", "house", "site", "native", "source",
        "depth", "person", "scale", "stack",
    ]
}
