import SvcscanCore

/// Reads any supported document from its bytes: picks the format (`FormatSniffer`, or the
/// caller's override) and runs the matching parser.
public struct DocumentLoader: Sendable {
    public var limits: ExtractionLimits
    /// Most bytes of text kept from one DOCX document (`DOCXParser.maxTextBytes`).
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
        switch format {
        case .docx: return try DOCXParser(limits: limits, maxTextBytes: maxTextBytes).parse(bytes)
        case .md: return try MarkdownParser().parse(bytes)
        case .txt: return try PlainTextParser().parse(bytes)
        }
    }
}
