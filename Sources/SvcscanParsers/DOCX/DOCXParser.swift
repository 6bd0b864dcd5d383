import SvcscanCore

/// Reads a DOCX file: finds the main document part through the package relationships, then
/// streams it, its headers, footers, footnotes and endnotes through libxml2.
///
/// Blocks are numbered one per line in the order a reader meets them: headers, body, footnotes,
/// endnotes, footers. Each block's line is its number in the `svcscan text` view.
public struct DOCXParser: DocumentParser {
    public var limits: ExtractionLimits
    /// Most bytes of text kept from one document.
    public var maxTextBytes: Int

    /// 4 MiB: about 2,000 pages of text, far beyond any résumé or letter.
    public static let defaultMaxTextBytes = 4 << 20

    public init(limits: ExtractionLimits = .default, maxTextBytes: Int = defaultMaxTextBytes) {
        self.limits = limits
        self.maxTextBytes = maxTextBytes
    }

    public var format: DocumentFormat { .docx }

    public func parse(_ bytes: [UInt8]) throws -> Document {
        let archive = try ZipArchive(data: bytes, limits: limits)
        if let mime = try? archive.prefix("mimetype", count: 64), String(decoding: mime, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument") {
            throw DocumentError.openDocument
        }
        let packageRelationships = try relationships(of: "", in: archive)
        guard let main = packageRelationships.first(where: { $0.isKind(.officeDocument) && !$0.isExternal })?.target else {
            if archive.contains("content.xml") { throw DocumentError.openDocument }
            throw DocumentError.missingPart(name: "officeDocument relationship in _rels/.rels")
        }
        guard archive.contains(main) else { throw DocumentError.missingPart(name: main) }
        let related = try relationships(of: main, in: archive)

        func targets(_ kind: Relationship.Kind) -> [String] {
            related.filter { $0.isKind(kind) && !$0.isExternal && archive.contains($0.target) }.map(\.target)
        }
        let parts = uniqued(targets(.header)) + [main] + targets(.footnotes) + targets(.endnotes) + uniqued(targets(.footer))
        var paragraphs: [WordprocessingReader.Paragraph] = []
        // The text limit is for the whole document, not for each part.
        var budget = maxTextBytes
        for part in parts {
            let reader = try archive.stream(part) { WordprocessingReader(names: $0, maxTextBytes: budget) }
            if reader.overLimit { throw DocumentError.extractedTextOverLimit(maxTextBytes) }
            paragraphs += reader.paragraphs
            budget -= reader.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
        }
        // styles.xml is mostly Word's list of every built-in style; read it only when a paragraph
        // uses a style whose id does not already say what it is.
        let used = Set(paragraphs.compactMap(\.styleId))
        let styles = used.allSatisfy(StyleSheet.isSelfEvident) ? StyleSheet() : try styleSheet(related, in: archive)
        let kinds = Dictionary(uniqueKeysWithValues: used.map { ($0, styles.kind(of: $0)) })
        let blocks = paragraphs.enumerated().map { index, paragraph in
            let block = paragraph.block(style: paragraph.styleId.flatMap { kinds[$0] })
            return Block(kind: block.kind, level: block.level, text: paragraph.text, at: SourceLocation(line: index + 1, column: 1))
        }
        return Document(format: .docx, blocks: blocks)
    }

    private func relationships(of part: String, in archive: ZipArchive) throws -> [Relationship] {
        try archive.stream(Relationship.relsPart(for: part)) { RelationshipReader(source: part, names: $0) }.relationships
    }

    private func styleSheet(_ related: [Relationship], in archive: ZipArchive) throws -> StyleSheet {
        guard let part = related.first(where: { $0.isKind(.styles) && !$0.isExternal })?.target else { return StyleSheet() }
        return try archive.stream(part) { StyleSheetReader(names: $0) }.sheet
    }

    /// Headers and footers are often linked several times (first page, even pages); read each once.
    private func uniqued(_ parts: [String]) -> [String] {
        var seen: Set<String> = []
        return parts.filter { seen.insert($0.lowercased()).inserted }
    }
}
