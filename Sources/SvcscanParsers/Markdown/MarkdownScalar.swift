import SvcscanCore

/// One Unicode scalar of a Markdown file together with where it sits there, so markup can be
/// removed anywhere without losing the position of the text that remains.
struct MarkdownScalar {
    var scalar: Unicode.Scalar
    /// 1-based line number in the source file.
    var line: Int
    /// 1-based column in the source line, in Unicode scalars.
    var column: Int

    /// Stands between two source lines of one block while inline markup is stripped. Its
    /// position is never reported: `BlockBuilder.appendLineBreak()` places the break itself.
    static let lineBreak = MarkdownScalar(scalar: "\n", line: 0, column: 0)

    var location: SourceLocation { SourceLocation(line: line, column: column) }

    var isLineBreak: Bool { scalar == "\n" }

    var isSpaceOrTab: Bool { scalar == " " || scalar == "\t" }

    /// The located scalars of `line`, one per source column.
    static func scalars(of line: SourceLine) -> [MarkdownScalar] {
        line.scalars.enumerated().map { MarkdownScalar(scalar: $0.element, line: line.number, column: $0.offset + 1) }
    }
}
