import SvcscanCore

/// Reads any supported document from its bytes: picks the format (`FormatSniffer`, or the
/// caller's override) and runs the matching parser.
public struct DocumentLoader: Sendable {
    public var limits: ExtractionLimits
    /// Most bytes of text read from one document: a text or Markdown file's size, a DOCX's
    /// extracted text. A résumé or letter holds a few kilobytes; this stops a text dump.
    public var maxTextBytes: Int
    public var pdfLimits: PDFLimits

    public init(limits: ExtractionLimits = .default, maxTextBytes: Int = DOCXParser.defaultMaxTextBytes, pdfLimits: PDFLimits = .default) {
        self.limits = limits
        self.maxTextBytes = maxTextBytes
        self.pdfLimits = pdfLimits
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
        if format == .txt || format == .md, bytes.count > maxTextBytes {
            throw DocumentError.limitExceeded(what: "text of \(bytes.count) bytes, far more than a résumé or letter holds (--max-text-bytes),", limit: maxTextBytes)
        }
        let document: Document
        switch format {
        case .docx:
            do {
                document = try DOCXParser(limits: limits, maxTextBytes: maxTextBytes).parse(bytes)
            } catch DocumentError.openDocument {
                // An OpenDocument file whose mimetype entry is not first, as the standard asks.
                document = try ODTParser(limits: limits, maxTextBytes: maxTextBytes).parse(bytes)
            }
        case .odt: document = try ODTParser(limits: limits, maxTextBytes: maxTextBytes).parse(bytes)
        case .pdf: document = try PDFParser(limits: pdfLimits, maxTextBytes: maxTextBytes).parse(bytes)
        case .md: document = try MarkdownParser().parse(bytes)
        case .txt: document = try PlainTextParser().parse(bytes)
        }
        guard document.blocks.contains(where: { $0.text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil } }) else {
            throw DocumentError.noWords
        }
        return document
    }
}
