/// Recognises the marker that opens a list item in plain text or Markdown.
enum ListMarker {
    /// Bullet characters used by plain-text résumés, Word's exports among them (• · ▪ ‣ ◦ ● ○ ■ □ ➢ ➤ ► ✓ ✔ – —, and
    /// the Symbol-font bullets U+F0B7, U+F0A7, U+F0D8 that Word writes into plain text).
    static let plainBullets: Set<Unicode.Scalar> = ["\u{2022}", "\u{00B7}", "\u{25AA}", "\u{2023}", "\u{25E6}", "\u{25CF}", "\u{25CB}", "\u{25A0}", "\u{25A1}", "\u{27A2}", "\u{27A4}", "\u{25BA}", "\u{2713}", "\u{2714}", "\u{2013}", "\u{2014}", "-", "*", "+", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}"]
    /// Bullet characters Markdown accepts.
    static let markdownBullets: Set<Unicode.Scalar> = ["-", "*", "+"]

    /// The number of scalars to skip after `start` for a list marker and the space after it
    /// (`- `, `• `, `12. `, `3) `), or nil when the line does not open a list item there.
    static func length(in scalars: [Unicode.Scalar], from start: Int, bullets: Set<Unicode.Scalar>) -> Int? {
        guard start < scalars.count else { return nil }
        var index = start
        if bullets.contains(scalars[index]) {
            index += 1
        } else {
            var digits = 0
            while index < scalars.count, ("0"..."9").contains(scalars[index]), digits < 3 {
                index += 1
                digits += 1
            }
            guard digits > 0, index < scalars.count, scalars[index] == "." || scalars[index] == ")" else { return nil }
            index += 1
        }
        guard index < scalars.count else { return nil }
        guard scalars[index] == " " || scalars[index] == "\t" else { return nil }
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        return index < scalars.count ? index - start : nil
    }
}
