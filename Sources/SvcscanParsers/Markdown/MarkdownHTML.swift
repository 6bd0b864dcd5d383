/// Recognises the raw HTML that Markdown résumés embed: tags, which are dropped while the text
/// between them is kept, and autolinks, whose URL is kept.
enum MarkdownHTML {
    /// Longest tag or autolink we try to match; bounds the work a stray `<` can cause so that
    /// parsing stays linear in the size of the file.
    static let maximumLength = 1024

    /// An HTML tag found in Markdown text.
    struct Tag {
        /// Number of scalars from the `<` through the `>`.
        var length: Int
        /// Whether a browser shows the tag as a break between words (`<br>`, `</p>`, `<td>`), so
        /// that dropping it must not glue the words on either side together.
        var separatesWords: Bool
    }

    /// Tags that end a line or a box when rendered; all others (`<b>`, `<sub>`, `<span>`) sit
    /// inside a word's flow.
    private static let wordSeparatingNames: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "header", "footer",
        "details", "summary",
    ]

    /// The open tag (`<p align="center">`, `<br/>`), closing tag (`</div>`), declaration
    /// (`<!DOCTYPE html>`) or processing instruction starting with `<` at `start`, or nil when
    /// none starts there. Tags may span lines, as CommonMark allows.
    static func tag(in scalars: [MarkdownScalar], at start: Int) -> Tag? {
        var cursor = Cursor(scalars: scalars, start: start)
        guard cursor.take("<") else { return nil }
        if cursor.take("/") {
            guard let name = cursor.takeTagName() else { return nil }
            cursor.skipWhitespace()
            return cursor.take(">") ? Tag(length: cursor.length, separatesWords: wordSeparatingNames.contains(name)) : nil
        }
        if cursor.take("!") || cursor.take("?") {
            // Declarations and processing instructions: `<!DOCTYPE …>`, `<?xml …?>`.
            guard let next = cursor.peek, next.isASCII, next.properties.isAlphabetic else { return nil }
            return cursor.skip(past: ">") ? Tag(length: cursor.length, separatesWords: true) : nil
        }
        guard let name = cursor.takeTagName() else { return nil }
        while true {
            let hadSpace = cursor.skipWhitespace()
            if cursor.take(">") || (cursor.take("/") && cursor.take(">")) {
                return Tag(length: cursor.length, separatesWords: wordSeparatingNames.contains(name))
            }
            guard hadSpace, cursor.takeAttribute() else { return nil }
        }
    }

    /// The number of scalars of the autolink (`<https://example.com>`, `<ana@example.com>`)
    /// starting at `start`, or nil when none starts there.
    static func autolinkLength(in scalars: [MarkdownScalar], at start: Int) -> Int? {
        var cursor = Cursor(scalars: scalars, start: start)
        guard cursor.take("<") else { return nil }
        var scheme = 0
        while let next = cursor.peek, next.isASCII, next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "+" || next == "." || next == "-" {
            if scheme == 0, !next.properties.isAlphabetic { break }
            scheme += 1
            cursor.advance()
        }
        if (2...32).contains(scheme), cursor.take(":") {
            while let next = cursor.peek, next != "<", next != ">", !next.properties.isWhitespace, next.value >= 0x20 {
                cursor.advance()
            }
            return cursor.take(">") ? cursor.length : nil
        }
        // Not a URI: try an email address, whose local part may hold the characters read so far.
        cursor = Cursor(scalars: scalars, start: start)
        cursor.advance()
        var local = 0
        while let next = cursor.peek, next.isASCII, next.properties.isAlphabetic || ("0"..."9").contains(next) || ".!#$%&'*+/=?^_`{|}~-".unicodeScalars.contains(next) {
            local += 1
            cursor.advance()
        }
        guard local > 0, cursor.take("@") else { return nil }
        var domain = 0
        while let next = cursor.peek, next.isASCII, next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "." || next == "-" {
            domain += 1
            cursor.advance()
        }
        return domain > 0 && cursor.take(">") ? cursor.length : nil
    }

    /// A bounded reading position over located scalars.
    private struct Cursor {
        let scalars: [MarkdownScalar]
        let start: Int
        var index: Int
        let limit: Int

        init(scalars: [MarkdownScalar], start: Int) {
            self.scalars = scalars
            self.start = start
            index = start
            limit = min(scalars.count, start + MarkdownHTML.maximumLength)
        }

        var length: Int { index - start }

        var peek: Unicode.Scalar? { index < limit ? scalars[index].scalar : nil }

        mutating func advance() { index += 1 }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard peek == scalar else { return false }
            index += 1
            return true
        }

        @discardableResult
        mutating func skipWhitespace() -> Bool {
            let before = index
            while let next = peek, next.properties.isWhitespace { index += 1 }
            return index > before
        }

        mutating func skip(past scalar: Unicode.Scalar) -> Bool {
            while let next = peek {
                index += 1
                if next == scalar { return true }
            }
            return false
        }

        /// The tag name, lowercased, or nil when no name starts here.
        mutating func takeTagName() -> String? {
            guard let first = peek, first.isASCII, first.properties.isAlphabetic else { return nil }
            var name = ""
            while let next = peek, next.isASCII, next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "-" {
                name.unicodeScalars.append(next)
                index += 1
            }
            return name.lowercased()
        }

        /// An attribute: a name, then optionally `=` and a quoted or unquoted value.
        mutating func takeAttribute() -> Bool {
            guard let first = peek, first.isASCII, first.properties.isAlphabetic || first == "_" || first == ":" else { return false }
            while let next = peek, next.isASCII, next.properties.isAlphabetic || ("0"..."9").contains(next) || "_.:-".unicodeScalars.contains(next) {
                index += 1
            }
            let beforeValue = index
            skipWhitespace()
            guard take("=") else {
                index = beforeValue
                return true
            }
            skipWhitespace()
            guard let quote = peek else { return false }
            if quote == "\"" || quote == "'" {
                index += 1
                return skip(past: quote)
            }
            let valueStart = index
            while let next = peek, !next.properties.isWhitespace, !"\"'=<>`".unicodeScalars.contains(next) { index += 1 }
            return index > valueStart
        }
    }
}
