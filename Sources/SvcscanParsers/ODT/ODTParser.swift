import SvcscanCore

/// Reads an OpenDocument text file (`.odt`, LibreOffice's default): a zip with XML inside, read
/// through the same libzip and libxml2 path, limits and XML refusals as DOCX.
///
/// Blocks are numbered one per line in the order a reader meets them: headers, body, notes,
/// footers. Each block's line is its number in the `svcscan text` view.
public struct ODTParser: DocumentParser {
    public var limits: ExtractionLimits
    /// Most bytes of text kept from one document.
    public var maxTextBytes: Int

    public init(limits: ExtractionLimits = .default, maxTextBytes: Int = DOCXParser.defaultMaxTextBytes) {
        self.limits = limits
        self.maxTextBytes = maxTextBytes
    }

    public var format: DocumentFormat { .odt }

    /// The media type an OpenDocument text declares in its `mimetype` entry.
    static let textMediaTypes: Set<String> = [
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template",
        "application/vnd.oasis.opendocument.text-master",
    ]

    public func parse(_ bytes: [UInt8]) throws -> Document {
        let archive = try ZipArchive(data: bytes, limits: limits)
        if let mime = try? archive.prefix("mimetype", count: 80) {
            let type = String(decoding: mime, as: UTF8.self)
            if type.hasPrefix("application/vnd.oasis.opendocument."), !Self.textMediaTypes.contains(type) {
                throw DocumentError.notADocument(what: "an OpenDocument \(type.dropFirst("application/vnd.oasis.opendocument.".count)) file, not a text document")
            }
        }
        guard archive.contains("content.xml") else { throw DocumentError.missingPart(name: "content.xml") }
        let styles = try archive.stream("styles.xml") { OpenDocumentReader(names: $0, part: .styles, styles: [:], maxTextBytes: maxTextBytes) }
        if styles.overLimit { throw DocumentError.extractedTextOverLimit(maxTextBytes) }
        let budget = maxTextBytes - (styles.headers + styles.footers).reduce(0) { $0 + $1.text.utf8.count }
        let content = try archive.stream("content.xml") {
            OpenDocumentReader(names: $0, part: .content, styles: styles.styleKinds, maxTextBytes: budget)
        }
        if content.overLimit { throw DocumentError.extractedTextOverLimit(maxTextBytes) }
        let paragraphs = styles.headers + content.body + content.notes + styles.footers
        let blocks = paragraphs.enumerated().map { index, paragraph in
            Block(kind: paragraph.kind, level: paragraph.level, text: paragraph.text, at: SourceLocation(line: index + 1, column: 1))
        }
        return Document(format: .odt, blocks: blocks)
    }
}
