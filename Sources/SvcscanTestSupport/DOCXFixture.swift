/// Hand-made DOCX files for tests: a body written as WordprocessingML, wrapped in the parts
/// Word needs, with optional styles, headers, footers and footnotes.
public struct DOCXFixture {
    public static let wordNamespaces = """
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    xmlns:v="urn:schemas-microsoft-com:vml"
    """

    /// The body's inner XML (the children of `w:body`).
    public var body: String
    /// Where the main part lives; Word uses `word/document.xml`, but any path is valid.
    public var mainPart = "word/document.xml"
    /// Paragraph styles: style id → (style name, outline level).
    public var styles: [(id: String, name: String)] = []
    /// Inner XML of a style's `w:pPr`, by style id.
    public var styleProperties: [String: String] = [:]
    public var header: String?
    public var footer: String?
    /// Inner XML of `w:footnotes`.
    public var footnotes: String?

    public init(body: String) {
        self.body = body
    }

    /// A paragraph with one run of text (XML-escaped by the caller), optionally styled.
    public static func paragraph(_ text: String, style: String? = nil, numbered: Bool = false) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if numbered { properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        return "<w:p>\(pPr)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// The archive bytes.
    public func bytes() -> [UInt8] {
        let folder = mainPart.split(separator: "/").dropLast().joined(separator: "/")
        let file = String(mainPart.split(separator: "/").last ?? "document.xml")
        var related: [(id: String, type: String, target: String)] = []
        var entries: [(String, String)] = [
            ("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """),
            ("_rels/.rels", relationships([("rId1", "officeDocument", "/" + mainPart)])),
            (mainPart, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document \(Self.wordNamespaces)><w:body>\(body)</w:body></w:document>"),
        ]
        func add(_ name: String, type: String, root: String, inner: String) {
            let path = folder.isEmpty ? name : folder + "/" + name
            entries.append((path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:\(root) \(Self.wordNamespaces)>\(inner)</w:\(root)>"))
            related.append(("rId\(related.count + 10)", type, name))
        }
        if !styles.isEmpty {
            let inner = styles.map { style in
                let properties = styleProperties[style.id].map { "<w:pPr>\($0)</w:pPr>" } ?? ""
                return "<w:style w:type=\"paragraph\" w:styleId=\"\(style.id)\"><w:name w:val=\"\(style.name)\"/>\(properties)</w:style>"
            }.joined()
            add("styles.xml", type: "styles", root: "styles", inner: inner)
        }
        if let header { add("header1.xml", type: "header", root: "hdr", inner: header) }
        if let footer { add("footer1.xml", type: "footer", root: "ftr", inner: footer) }
        if let footnotes { add("footnotes.xml", type: "footnotes", root: "footnotes", inner: footnotes) }
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/\(file).rels"
        entries.append((relsPath, relationships(related)))
        return ZipWriter.archive(entries)
    }

    private func relationships(_ items: [(id: String, type: String, target: String)]) -> String {
        let body = items.map {
            "<Relationship Id=\"\($0.id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\($0.type)\" Target=\"\($0.target)\"/>"
        }.joined()
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(body)</Relationships>"
    }
}
