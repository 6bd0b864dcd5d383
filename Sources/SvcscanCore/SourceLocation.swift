/// A position in a document as a user sees it.
///
/// Both numbers are 1-based. `column` counts Unicode scalars, not bytes or grapheme clusters.
/// For plain text and Markdown, `line` and `column` point into the user's own file (markup that
/// svcscan strips, such as `**`, is skipped over, so columns still land on the right character).
/// For DOCX, `line` is the block's number in the `svcscan text` view (one paragraph per line)
/// and `column` counts scalars in that line. For PDF, `line` is the line's number in the `svcscan
/// text` view and `page` (1-based) the page it is on, so a reader can find it in a PDF viewer.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int
    /// 1-based page of a PDF; nil for formats without pages.
    public var page: Int?

    public init(line: Int, column: Int, page: Int? = nil) {
        self.line = line
        self.column = column
        self.page = page
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
