import SvcscanCore

/// Finds inline suppression comments in plain text and Markdown:
/// `<!-- svcscan-disable [ID…] -->` until `<!-- svcscan-enable [ID…] -->` (or the end of the
/// file), and `<!-- svcscan-disable-next-line [ID…] -->` for the next line with text.
enum SuppressionScanner {
    private enum Directive {
        case disable([String]), enable([String]), disableNextLine([String])
    }

    static func suppressions(in lines: some Sequence<SourceLine>) -> [Suppression] {
        var result: [Suppression] = []
        var open: [String?: Int] = [:]
        var pendingNextLine: [String?] = []
        var end = 1
        for line in lines {
            end = line.number
            guard let directive = directive(in: line) else {
                if !pendingNextLine.isEmpty, !line.isBlank {
                    result += pendingNextLine.map { Suppression(entryID: $0, lines: line.number...line.number) }
                    pendingNextLine = []
                }
                continue
            }
            switch directive {
            case .disable(let ids):
                for id in keys(ids) where open[id] == nil { open[id] = line.number }
            case .enable(let ids):
                let closing = ids.isEmpty ? Array(open.keys) : keys(ids)
                for id in closing {
                    if let start = open.removeValue(forKey: id) { result.append(Suppression(entryID: id, lines: start...line.number)) }
                }
            case .disableNextLine(let ids):
                pendingNextLine += keys(ids)
            }
        }
        for (id, start) in open { result.append(Suppression(entryID: id, lines: start...max(start, end))) }
        return result.sorted { ($0.lines.lowerBound, $0.entryID ?? "") < ($1.lines.lowerBound, $1.entryID ?? "") }
    }

    /// True when the line holds nothing but a suppression comment.
    static func isDirectiveLine(_ line: SourceLine) -> Bool { directive(in: line) != nil }

    private static func keys(_ ids: [String]) -> [String?] { ids.isEmpty ? [nil] : ids.map { $0 } }

    private static func directive(in line: SourceLine) -> Directive? {
        // Almost no line is a comment: rule those out before building a string of the line.
        guard let first = line.scalars.firstIndex(where: { $0 != " " && $0 != "\t" }), line.scalars[first] == "<" else { return nil }
        let text = String(String.UnicodeScalarView(line.scalars)).trimmingWhitespace()
        guard text.hasPrefix("<!--"), text.hasSuffix("-->") else { return nil }
        let words = text.dropFirst(4).dropLast(3).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        guard let keyword = words.first else { return nil }
        let ids = Array(words.dropFirst())
        switch keyword {
        case "svcscan-disable": return .disable(ids)
        case "svcscan-enable": return .enable(ids)
        case "svcscan-disable-next-line": return .disableNextLine(ids)
        default: return nil
        }
    }
}
