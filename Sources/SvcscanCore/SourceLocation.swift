/// A position in a document as a user sees it.
///
/// Both numbers are 1-based. `column` counts Unicode scalars, not bytes or grapheme clusters.
/// For plain text and Markdown, `line` and `column` point into the user's own file (markup that
/// svcscan strips, such as `**`, is skipped over, so columns still land on the right character).
/// For DOCX, `line` is the block's number in the `svcscan text` view (one paragraph per line)
/// and `column` counts scalars in that line.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
