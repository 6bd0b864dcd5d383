import SvcscanCore

/// Reads the bytes of one document in a single format into a `Document`.
public protocol DocumentParser: Sendable {
    /// The format this parser reads.
    var format: DocumentFormat { get }
    /// Parses `bytes`; throws `DocumentError` when they cannot be read as this format.
    func parse(_ bytes: [UInt8]) throws -> Document
}
