import SvcscanCore

/// Reads Markdown (CommonMark with GitHub tables, task lists and strikethrough) into headings,
/// paragraphs, list items and table cells, with the markup removed from their text.
///
/// Every scalar of a block's text keeps its exact line and column in the user's file (columns in
/// Unicode scalars), however much markup surrounded it. Code blocks, HTML comments, front matter,
/// thematic breaks and link reference definitions produce no blocks. The parser never fails on
/// malformed Markdown and takes time roughly linear in the size of the input.
public struct MarkdownParser: DocumentParser {
    /// A parser with no options: what counts as Markdown is fixed.
    public init() {}

    /// Always `.md`.
    public var format: DocumentFormat { .md }

    /// Parses the bytes of a Markdown file (UTF-8, UTF-16 with a BOM, or Windows-1252 with a
    /// warning). Never throws for malformed Markdown: anything unrecognised is read as text.
    public func parse(_ bytes: [UInt8]) throws -> Document {
        let decoded = TextDecoder.decode(bytes)
        let lines = SourceLine.split(decoded.text)
        var scanner = MarkdownBlockScanner()
        for line in lines[Self.frontMatterLineCount(lines)...] {
            scanner.consume(line)
        }
        return Document(format: .md, blocks: scanner.finish(), warnings: decoded.warning.map { [$0] } ?? [],
                        suppressions: SuppressionScanner.suppressions(in: lines))
    }

    /// The number of lines taken by YAML front matter: from a first line `---` through the next
    /// `---` or `...` line. Without a closing line there is no front matter, since the `---` is
    /// then more likely a thematic break.
    static func frontMatterLineCount(_ lines: [SourceLine]) -> Int {
        guard let first = lines.first, trimmed(first) == "---" else { return 0 }
        guard let closing = lines.dropFirst().firstIndex(where: { ["---", "..."].contains(trimmed($0)) }) else { return 0 }
        return closing + 1
    }

    private static func trimmed(_ line: SourceLine) -> String {
        var scalars = line.scalars[...]
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
