/// Building blocks for the HTML report: escaping every string that comes from a document or a
/// lexicon, and number formatting that does not depend on the locale.
enum HTML {
    /// `text` safe as element content or a quoted attribute value: control and bidirectional
    /// characters are shown as `\u{…}` (as in the terminal), then `& < > " '` become entities.
    static func escape(_ text: String) -> String {
        let clean = TerminalSafety.clean(text)
        guard clean.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return clean }
        var out = ""
        out.reserveCapacity(clean.utf8.count + 16)
        for character in clean {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `value` with one decimal, as `12.5`.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// `part` of `whole` as a whole percentage, `37%`.
    static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "0%" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }
}
