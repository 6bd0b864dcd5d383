/// Hand-made PDF files for tests: pages of text lines set in Helvetica at given positions, written
/// as a minimal valid PDF 1.4 (catalog, page tree, one content stream per page, cross-reference
/// table), so tests need no PDF writer and no real person's document.
public struct PDFFixture {
    /// One line of text: `x` and `y` in points from the page's top-left corner, `size` in points.
    public struct Line {
        public var text: String
        public var x: Double
        public var y: Double
        public var size: Double

        public init(_ text: String, x: Double = 72, y: Double, size: Double = 11) {
            self.text = text
            self.x = x
            self.y = y
            self.size = size
        }
    }

    public var pages: [[Line]]
    /// Written into the trailer as-is (for example an `/Encrypt` entry), before `/Root`.
    public var trailerExtra = ""

    public init(pages: [[Line]]) {
        self.pages = pages
    }

    /// Lines 14 points apart from the top margin down, one page.
    public init(lines: [String], size: Double = 11) {
        pages = [lines.enumerated().map { Line($0.element, y: 72 + Double($0.offset) * 14, size: size) }]
    }

    public func bytes() -> [UInt8] {
        var objects: [String] = []
        let fontObject = 3
        let firstPage = 4
        let kids = pages.indices.map { "\(firstPage + $0 * 2) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        for page in pages {
            let stream = page.map { line in
                "BT /F1 \(line.size) Tf \(line.x) \(792 - line.y - line.size) Td (\(Self.escaped(line.text))) Tj ET"
            }.joined(separator: "\n")
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 \(fontObject) 0 R >> >> /Contents \(objects.count + 2) 0 R >>")
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            out += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        out += "trailer\n<< /Size \(objects.count + 1) \(trailerExtra) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    private static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "(", ")", "\\": out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }
}
