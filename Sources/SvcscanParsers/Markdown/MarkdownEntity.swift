/// Decodes the HTML character references résumés written in Markdown actually use.
enum MarkdownEntity {
    /// Named references we decode. `&nbsp;` becomes a plain space because later stages split
    /// words on ASCII spaces. Unknown names are left as typed, as CommonMark does.
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "\u{00B7}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
    ]

    /// The longest name or number we look at; bounds the scan so a stray `&` costs little.
    private static let maximumLength = 32

    /// The scalar that the reference starting with `&` at `start` stands for and the number of
    /// scalars it spans (`&amp;` spans 5), or nil when no reference starts there.
    static func decode(in scalars: [MarkdownScalar], at start: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard start < scalars.count, scalars[start].scalar == "&" else { return nil }
        var end = start + 1
        var body = ""
        while end < scalars.count, end - start <= maximumLength, scalars[end].scalar != ";" {
            let scalar = scalars[end].scalar
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#" else { return nil }
            body.unicodeScalars.append(scalar)
            end += 1
        }
        guard end < scalars.count, scalars[end].scalar == ";", !body.isEmpty else { return nil }
        let length = end - start + 1
        if let scalar = named[body] { return (scalar, length) }
        guard body.first == "#" else { return nil }
        let digits = body.dropFirst()
        let value: UInt32?
        if let first = digits.first, first == "x" || first == "X" {
            value = digits.count > 1 && digits.count <= 7 ? UInt32(digits.dropFirst(), radix: 16) : nil
        } else {
            value = !digits.isEmpty && digits.count <= 7 ? UInt32(digits, radix: 10) : nil
        }
        guard let value else { return nil }
        // CommonMark replaces NUL and invalid code points with U+FFFD rather than dropping them.
        return (value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
