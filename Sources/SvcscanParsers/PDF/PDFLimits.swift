/// Bounds on reading one PDF, so that no file can stall a batch or exhaust memory.
public struct PDFLimits: Sendable, Equatable {
    /// Wall-clock and CPU seconds pdftotext may take on one file.
    public var timeout: Double
    /// Address space of the pdftotext process, in bytes.
    public var maxMemoryBytes: Int
    /// Pages read; a longer document is read up to here, with a warning.
    public var maxPages: Int
    /// Bytes of layout XHTML accepted from pdftotext (about 15 per character of text).
    public var maxOutputBytes: Int

    public init(timeout: Double = 20, maxMemoryBytes: Int = 1 << 30, maxPages: Int = 50, maxOutputBytes: Int = 48 << 20) {
        self.timeout = timeout
        self.maxMemoryBytes = maxMemoryBytes
        self.maxPages = maxPages
        self.maxOutputBytes = maxOutputBytes
    }

    public static let `default` = PDFLimits()
}
