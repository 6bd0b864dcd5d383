import SvcscanCore
@testable import SvcscanParsers
import SvcscanTestSupport
import XCTest

final class DOCXParserTests: XCTestCase {
    private func dump(_ fixture: DOCXFixture) throws -> String {
        try DOCXParser().parse(fixture.bytes()).debugDump()
    }

    private func dump(body: String) throws -> String {
        try dump(DOCXFixture(body: body))
    }

    func testParagraphsAndRunsBecomeOneLinePerBlock() throws {
        let body = "<w:p><w:r><w:t>Priya </w:t></w:r><w:r><w:t>Natarajan</w:t></w:r></w:p>" + DOCXFixture.paragraph("Support lead")
        XCTAssertEqual(try dump(body: body), "1:1 paragraph | Priya Natarajan\n2:1 paragraph | Support lead\n")
    }

    func testTabsBreaksHyphensAndSymbolsAreRead() throws {
        let body = """
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>\
        <w:r><w:t>Q1</w:t><w:tab/><w:t>2024</w:t><w:br/><w:t>re</w:t><w:noBreakHyphen/><w:t>opened</w:t>\
        <w:sym w:font="Symbol" w:char="2192"/><w:sym w:font="Wingdings" w:char="F0B7"/><w:softHyphen/></w:r></w:p>
        """
        XCTAssertEqual(try dump(body: body), "1:1 paragraph | Q1\t2024 re-opened→\n")
    }

    func testCurlyQuotesAndNonASCIITextSurviveDecoding() throws {
        let body = DOCXFixture.paragraph("“Zoë” said: it’s done — café")
        XCTAssertEqual(try dump(body: body), "1:1 paragraph | “Zoë” said: it’s done — café\n")
    }

    func testDeletedTextAndFieldInstructionsAreDroppedInsertedTextKept() throws {
        let body = """
        <w:p><w:del><w:r><w:delText>Managed</w:delText></w:r></w:del><w:ins><w:r><w:t>Led</w:t></w:r></w:ins>\
        <w:r><w:t xml:space="preserve"> the desk </w:t></w:r>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
        """
        XCTAssertEqual(try dump(body: body), "1:1 paragraph | Led the desk 7\n")
    }

    func testAlternateContentIsReadOnceFromTheChoice() throws {
        let body = """
        <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>\
        <w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p>\
        </w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>\
        <w:r><w:t>Outer</w:t></w:r></w:p>
        """
        XCTAssertEqual(try dump(body: body), "1:1 paragraph | Box text\n2:1 paragraph | Outer\n")
    }

    func testTablesAreReadCellByCellRowByRow() throws {
        let cell = { (text: String) in "<w:tc>\(DOCXFixture.paragraph(text))</w:tc>" }
        let body = "<w:tbl><w:tr>\(cell("2021"))\(cell("Front desk"))</w:tr><w:tr>\(cell("2023"))\(cell("Team lead"))</w:tr></w:tbl>"
        XCTAssertEqual(try dump(body: body), """
        1:1 table-cell(1) | 2021
        2:1 table-cell(1) | Front desk
        3:1 table-cell(1) | 2023
        4:1 table-cell(1) | Team lead

        """)
    }

    func testContentControlsAndHyperlinksKeepTheirText() throws {
        let body = """
        <w:sdt><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent>\(DOCXFixture.paragraph("Marta Quill"))</w:sdtContent></w:sdt>\
        <w:p><w:hyperlink r:id="rId9"><w:r><w:t>portfolio.example</w:t></w:r></w:hyperlink></w:p>
        """
        XCTAssertEqual(try dump(body: body), "1:1 paragraph | Marta Quill\n2:1 paragraph | portfolio.example\n")
    }

    func testHeadingsComeFromStyleNamesAndListsFromNumbering() throws {
        var fixture = DOCXFixture(body: DOCXFixture.paragraph("Experience", style: "Custom1")
            + DOCXFixture.paragraph("Jo Park", style: "Title")
            + DOCXFixture.paragraph("Trained new hires", numbered: true))
        fixture.styles = [("Custom1", "heading 2"), ("Title", "Title")]
        XCTAssertEqual(try dump(fixture), "1:1 heading(2) | Experience\n2:1 heading(1) | Jo Park\n3:1 list-item(1) | Trained new hires\n")
    }

    func testAStyleNumberedWithNumIdZeroIsNotAList() throws {
        var fixture = DOCXFixture(body: DOCXFixture.paragraph("Answered calls", style: "Normal")
            + DOCXFixture.paragraph("Trained new hires", style: "Steps"))
        fixture.styles = [("Normal", "Normal"), ("Steps", "Steps")]
        fixture.styleProperties = ["Normal": "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr>",
                                   "Steps": "<w:numPr><w:numId w:val=\"3\"/></w:numPr>"]
        XCTAssertEqual(try dump(fixture), "1:1 paragraph | Answered calls\n2:1 list-item(1) | Trained new hires\n")
    }

    func testBuiltInStyleIdsReadTheSameWithoutAStyleSheet() throws {
        let fixture = DOCXFixture(body: DOCXFixture.paragraph("Experience", style: "Heading2")
            + DOCXFixture.paragraph("Jo Park", style: "Title")
            + DOCXFixture.paragraph("Calm with callers", style: "ListParagraph"))
        XCTAssertEqual(try dump(fixture), "1:1 heading(2) | Experience\n2:1 heading(1) | Jo Park\n3:1 paragraph | Calm with callers\n")
    }

    func testHeadersFootersAndFootnotesAreReadInReadingOrder() throws {
        var fixture = DOCXFixture(body: DOCXFixture.paragraph("Body text"))
        fixture.header = DOCXFixture.paragraph("ana@example.com")
        fixture.footer = DOCXFixture.paragraph("Page footer")
        fixture.footnotes = "<w:footnote w:id=\"1\">\(DOCXFixture.paragraph("A footnote"))</w:footnote>"
        XCTAssertEqual(try dump(fixture), """
        1:1 paragraph | ana@example.com
        2:1 paragraph | Body text
        3:1 paragraph | A footnote
        4:1 paragraph | Page footer

        """)
    }

    func testMainPartIsFoundThroughPackageRelationships() throws {
        var fixture = DOCXFixture(body: DOCXFixture.paragraph("Elsewhere"))
        fixture.mainPart = "content/main.xml"
        XCTAssertEqual(try dump(fixture), "1:1 paragraph | Elsewhere\n")
    }

    func testOpenDocumentRenamedDOCXIsRefused() {
        let odt = ZipWriter.archive([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")], compression: .stored)
        XCTAssertThrowsError(try DOCXParser().parse(odt)) { XCTAssertEqual($0 as? DocumentError, .openDocument) }
    }

    func testBrokenZipIsAClearError() {
        let good = DOCXFixture(body: DOCXFixture.paragraph("Text")).bytes()
        XCTAssertThrowsError(try DOCXParser().parse(Array(good.prefix(good.count / 2)))) { error in
            guard case .corruptArchive = error as? DocumentError else { return XCTFail("got \(error)") }
        }
    }

    func testZipWithoutWordPartsIsNotAWordDocument() {
        XCTAssertThrowsError(try DOCXParser().parse(ZipWriter.archive([("notes.txt", "hello")]))) {
            XCTAssertEqual($0 as? DocumentError, .missingPart(name: "officeDocument relationship in _rels/.rels"))
        }
    }

    func testDoctypeInAPartIsRefusedSoEntitiesCannotExpand() {
        let laughs = """
        <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\
        <w:document \(DOCXFixture.wordNamespaces)><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
        """
        var fixture = DOCXFixture(body: "")
        fixture.mainPart = "word/document.xml"
        var entries = unzipEntries(fixture)
        entries["word/document.xml"] = laughs
        let bytes = ZipWriter.archive(entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        XCTAssertThrowsError(try DOCXParser().parse(bytes)) { error in
            guard case .refusedXML = error as? DocumentError else { return XCTFail("got \(error)") }
        }
    }

    func testInflateRatioLimitStopsAZipBomb() {
        let zeros = [UInt8](repeating: 0x20, count: 8 << 20)
        var entries: [(name: String, bytes: [UInt8])] = unzipEntries(DOCXFixture(body: "")).map { (name: $0.key, bytes: Array($0.value.utf8)) }
        entries.removeAll { $0.name == "word/document.xml" }
        entries.append((name: "word/document.xml", bytes: Array("<w:document \(DOCXFixture.wordNamespaces)><w:body><w:p><w:r><w:t>".utf8) + zeros))
        XCTAssertThrowsError(try DOCXParser().parse(ZipWriter.archive(entries))) { error in
            guard case .limitExceeded = error as? DocumentError else { return XCTFail("got \(error)") }
        }
    }

    /// The text parts of a fixture, by name, to tamper with.
    private func unzipEntries(_ fixture: DOCXFixture) -> [String: String] {
        let archive = try! ZipArchive(data: fixture.bytes(), limits: .default)
        var result: [String: String] = [:]
        for name in ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml"] {
            if let bytes = try? archive.data(name) { result[name] = String(decoding: bytes, as: UTF8.self) }
        }
        return result
    }
}
