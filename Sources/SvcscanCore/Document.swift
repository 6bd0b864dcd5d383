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

    public init(format: DocumentFormat, blocks: [Block], warnings: [String] = [], suppressions: [Suppression] = []) {
        self.format = format
        self.blocks = blocks
        self.warnings = warnings
        self.suppressions = suppressions
    }
}
