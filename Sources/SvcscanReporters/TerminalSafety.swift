import Foundation

/// Makes document text safe to print: control and escape characters from a document are
/// shown as `\u{…}` escapes, so a résumé cannot move the cursor or recolour a reviewer's terminal.
public enum TerminalSafety {
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Document text printed on one line as a reader sees it: a line break inside a wrapped
    /// sentence reads as a space; other control characters are escaped as by `clean(_:)`.
    public static func flowed(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return clean(text) }
        let words = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        return clean(words.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Bidirectional overrides and isolates can reorder what a reviewer sees.
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
