import SvcscanCore

/// Reads plain text: blank lines separate paragraphs, bullet or numbered lines open list items,
/// and short all-capital lines (`EXPERIENCE`) or short lines ending in a colon (`Skills:`) are
/// headings. A line that goes on with a list item's sentence (indented under it, starting in lower
/// case, or after a line that ends mid-sentence, as when a PDF wraps a bullet) joins that item.
/// Every block keeps the line and column of each scalar in the user's file.
public struct PlainTextParser: DocumentParser {
    public init() {}

    public var format: DocumentFormat { .txt }

    public func parse(_ bytes: [UInt8]) throws -> Document {
        let decoded = TextDecoder.decode(bytes)
        // The lines are read twice rather than kept: a text dump holds millions of scalars.
        return Document(format: .txt, blocks: blocks(in: SourceLine.Lines(decoded.text)), warnings: decoded.warning.map { [$0] } ?? [],
                        suppressions: SuppressionScanner.suppressions(in: SourceLine.Lines(decoded.text)))
    }

    private func blocks(in lines: SourceLine.Lines) -> [Block] {
        var blocks: [Block] = []
        var current: BlockBuilder?
        var currentIndent = 0
        var previous: SourceLine?

        func finish() {
            if let block = current?.build() { blocks.append(block) }
            current = nil
        }

        for line in lines {
            defer { previous = line }
            // A suppression comment is an instruction to svcscan, not text of the résumé.
            if line.isBlank || SuppressionScanner.isDirectiveLine(line) {
                finish()
                continue
            }
            let start = line.scalars.firstIndex { !$0.properties.isWhitespace } ?? 0
            let indent = line.indentation
            if let marker = ListMarker.length(in: line.scalars, from: start, bullets: ListMarker.plainBullets) {
                finish()
                var builder = BlockBuilder(kind: .listItem, level: 1 + min(indent / 2, 4))
                append(line, from: start + marker, to: &builder)
                current = builder
                currentIndent = indent
            } else if Self.isHeading(line.scalars[start...]) {
                finish()
                var builder = BlockBuilder(kind: .heading, level: 1)
                append(line, from: start, to: &builder)
                if let block = builder.build() { blocks.append(block) }
            } else if var builder = current, builder.kind == .paragraph || indent > currentIndent
                        || line.scalars[start].properties.isLowercase
                        || previous.map({ LineContinuation.endsMidSentence($0.scalars, before: $0.scalars.count) }) == true {
                // A wrapped line continues the paragraph, or the list item it is indented under or
                // whose sentence it carries on.
                builder.appendLineBreak()
                append(line, from: start, to: &builder)
                current = builder
            } else {
                finish()
                var builder = BlockBuilder(kind: .paragraph)
                append(line, from: start, to: &builder)
                current = builder
                currentIndent = indent
            }
        }
        finish()
        return blocks
    }

    private func append(_ line: SourceLine, from start: Int, to builder: inout BlockBuilder) {
        var end = line.scalars.count
        while end > start, line.scalars[end - 1].properties.isWhitespace { end -= 1 }
        for index in start..<end {
            let scalar = line.scalars[index] == "\t" ? " " : line.scalars[index]
            builder.append(scalar, at: SourceLocation(line: line.number, column: index + 1))
        }
    }

    /// A heading is short (at most six words and 60 scalars) and either written in capitals
    /// (`WORK EXPERIENCE`) or a few words ending in a colon (`Skills:`).
    static func isHeading(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var trimmed = scalars
        while let last = trimmed.last, last.properties.isWhitespace { trimmed.removeLast() }
        guard !trimmed.isEmpty, trimmed.count <= 60 else { return false }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
        guard words <= 6 else { return false }
        var letters = 0, upper = 0
        for scalar in trimmed where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isUppercase { upper += 1 }
        }
        if letters >= 3 && upper == letters { return true }
        if trimmed.last == ":" && words <= 4 && letters >= 3 {
            let punctuation = trimmed.dropLast().filter { $0 == "," || $0 == "." || $0 == ":" || $0 == ";" }
            return punctuation.isEmpty
        }
        return false
    }
}
