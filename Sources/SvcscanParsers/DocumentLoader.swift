import SvcscanCore

/// Reads any supported document from its bytes: picks the format (`FormatSniffer`, or the
/// caller's override) and runs the matching parser.
public struct DocumentLoader: Sendable {
    public var limits: ExtractionLimits
    /// Most bytes of text read from one document: a text or Markdown file's size, a DOCX's
    /// extracted text. A résumé or letter holds a few kilobytes; this stops a text dump.
    public var maxTextBytes: Int

    public init(limits: ExtractionLimits = .default, maxTextBytes: Int = DOCXParser.defaultMaxTextBytes) {
        self.limits = limits
        self.maxTextBytes = maxTextBytes
    }

    /// Parses `bytes`; `name` is the file's name or path (nil for standard input) and `format`
    /// overrides detection. Throws `DocumentError`.
    public func load(_ bytes: [UInt8], name: String?, format override: DocumentFormat? = nil) throws -> Document {
        let format: DocumentFormat
        if let override {
            guard !bytes.isEmpty else { throw DocumentError.empty }
            format = override
        } else {
            format = try FormatSniffer.format(of: bytes, name: name)
        }
        if format != .docx, bytes.count > maxTextBytes {
            throw DocumentError.limitExceeded(what: "text of \(bytes.count) bytes, far more than a résumé or letter holds (--max-text-bytes),", limit: maxTextBytes)
        }
        let document: Document
        switch format {
        case .docx: document = try DOCXParser(limits: limits, maxTextBytes: maxTextBytes).parse(bytes)
        case .md: document = try MarkdownParser().parse(bytes)
        case .txt: document = try PlainTextParser().parse(bytes)
        }
        guard document.blocks.contains(where: { $0.text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil } }) else {
            throw DocumentError.noWords
        }
        return document
    }
}
