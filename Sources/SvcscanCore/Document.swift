/// A parsed document: the ordered blocks every format is reduced to, plus what the reader
/// should know about how it was read.
public struct Document: Sendable {
    public var format: DocumentFormat
    /// Blocks in reading order.
    public var blocks: [Block]
    /// Non-fatal problems met while reading (for example a Windows-1252 fallback), one line each.
    public var warnings: [String]
    /// Inline `svcscan-disable` comments found in the source (plain text and Markdown only).
    public var suppressions: [Suppression]
    /// For PDF, the line of the `svcscan text` view where each page begins (a marker line that
    /// holds no text of the document), in page order; empty for other formats.
    public var pageStarts: [Int]

    public init(format: DocumentFormat, blocks: [Block], warnings: [String] = [], suppressions: [Suppression] = [], pageStarts: [Int] = []) {
        self.format = format
        self.blocks = blocks
        self.warnings = warnings
        self.suppressions = suppressions
        self.pageStarts = pageStarts
    }
}
