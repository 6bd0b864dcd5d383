import SvcscanCore

/// Reads a PDF: poppler's `pdftotext -bbox-layout` lays out the words of each page in a child
/// process (`PDFTextProcess`), `PDFReadingOrder` puts its lines in reading order, and the result
/// is read with the plain-text rules, so bullets, wrapped lines and sections work as for text.
///
/// Lines are numbered as in the `svcscan text` view: each page opens with a marker line, and a
/// blank line separates paragraphs. Every location carries its page.
public struct PDFParser: DocumentParser {
    public var limits: PDFLimits
    /// Most bytes of text kept from one document.
    public var maxTextBytes: Int
    /// The `pdftotext` to run: `$SVCSCAN_PDFTOTEXT`, or the first on `$PATH`, by default.
    public var pdftotext: String?

    public init(limits: PDFLimits = .default, maxTextBytes: Int = DOCXParser.defaultMaxTextBytes, pdftotext: String? = PDFParser.defaultPDFToText) {
        self.limits = limits
        self.maxTextBytes = maxTextBytes
        self.pdftotext = pdftotext
    }

    /// `$SVCSCAN_PDFTOTEXT`, or the first `pdftotext` on `$PATH`; nil when there is none.
    public static var defaultPDFToText: String? { PDFTextProcess.defaultExecutable }

    public var format: DocumentFormat { .pdf }

    public func parse(_ bytes: [UInt8]) throws -> Document {
        try document(fromLayout: PDFTextProcess(limits: limits, executable: pdftotext).run(bytes))
    }

    /// The document in `xhtml`, the output of `pdftotext -bbox-layout` (what `parse` reads once
    /// the child process has run); throws `DocumentError`.
    public func document(fromLayout xhtml: [UInt8]) throws -> Document {
        let pages = try Self.pages(in: xhtml)
        guard pages.contains(where: { !$0.lines.isEmpty }) else { throw DocumentError.noTextLayer }
        let lines = PDFReadingOrder.lines(of: pages)

        var view: [String] = []
        var pageOfLine: [Int] = []
        var headingLines: Set<Int> = []
        var pageStarts: [Int] = []
        func add(_ text: String, page: Int) {
            view.append(text)
            pageOfLine.append(page)
        }
        for page in 1...pages.count {
            add("", page: page)
            pageStarts.append(view.count)
            for line in lines where line.page == page {
                if (line.startsParagraph || line.isHeading) && !(view.last?.isEmpty ?? true) { add("", page: page) }
                add(line.text, page: page)
                if line.isHeading {
                    headingLines.insert(view.count)
                    add("", page: page)
                }
            }
        }
        let headings = headingLines

        let text = view.joined(separator: "\n") + "\n"
        if text.utf8.count > maxTextBytes {
            throw DocumentError.extractedTextOverLimit(maxTextBytes)
        }
        let blocks = try PlainTextParser().parse(Array(text.utf8)).blocks.map { block in
            var block = block
            block.anchors = block.anchors.map { anchor in
                var anchor = anchor
                anchor.location.page = pageOfLine[anchor.location.line - 1]
                return anchor
            }
            if headings.contains(block.line), !block.text.contains("\n") {
                block.kind = .heading
                block.level = 1
            }
            return block
        }
        return Document(format: .pdf, blocks: blocks, warnings: warnings(pages), pageStarts: pageStarts)
    }

    private func warnings(_ pages: [PDFPage]) -> [String] {
        var warnings: [String] = []
        let blank = pages.indices.filter { pages[$0].lines.isEmpty }.map { String($0 + 1) }
        if !blank.isEmpty {
            warnings.append("no text on page\(blank.count > 1 ? "s" : "") \(blank.joined(separator: ", ")): blank, or scanned (run OCR to read \(blank.count > 1 ? "them" : "it"))")
        }
        if pages.count >= limits.maxPages {
            warnings.append("read the first \(limits.maxPages) pages only")
        }
        return warnings
    }

    /// The pages in pdftotext's layout XHTML. Only `<doc>…</doc>` is parsed: the head before it
    /// holds the PDF's own metadata and a DOCTYPE, neither of which is needed. Control characters a
    /// PDF may smuggle into a word (invalid in XML) are read as spaces.
    static func pages(in xhtml: [UInt8]) throws -> [PDFPage] {
        let open = Array("<doc>".utf8), close = Array("</doc>".utf8)
        guard let start = find(open, in: xhtml, from: 0) else {
            throw DocumentError.unreadable(reason: "pdftotext wrote no page layout for this PDF")
        }
        let closing = find(close, in: xhtml, from: start)
        var body = Array(xhtml[start..<(closing.map { $0 + close.count } ?? xhtml.count)])
        // Output that ends without it is closed here; output cut mid-element is malformed and refused.
        if closing == nil { body += close }
        for index in body.indices where body[index] < 0x20 && body[index] != 0x0A && body[index] != 0x09 && body[index] != 0x0D {
            body[index] = 0x20
        }
        let parser = try XMLPushParser(part: "pdftotext output")
        let reader = PDFLayoutReader(names: parser.dictionary)
        try parser.parse(to: reader) { consume in
            var offset = 0
            try body.withUnsafeBytes { raw in
                while offset < raw.count {
                    let size = min(128 << 10, raw.count - offset)
                    try consume(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + size)]))
                    offset += size
                }
            }
            return true
        }
        return reader.pages
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        return (start...(haystack.count - needle.count)).first { haystack[$0] == needle[0] && haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
