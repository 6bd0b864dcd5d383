import SvcscanCore
@testable import SvcscanParsers
import SvcscanTestSupport
import XCTest

final class ODTParserTests: XCTestCase {
    private static let namespaces = """
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    """

    /// An OpenDocument text with `body` inside `office:text`, `automatic` styles, and `masterPage`
    /// (the inside of `style:master-page`) in styles.xml.
    private func odt(body: String, automatic: String = "", masterPage: String = "", mimetype: String = "application/vnd.oasis.opendocument.text") -> [UInt8] {
        ZipWriter.archive([
            ("mimetype", mimetype),
            ("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \(Self.namespaces)><office:automatic-styles>\(automatic)</office:automatic-styles><office:body><office:text>\(body)</office:text></office:body></office:document-content>"),
            ("styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles \(Self.namespaces)><office:styles><style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\"/></office:styles><office:master-styles><style:master-page style:name=\"Standard\">\(masterPage)</style:master-page></office:master-styles></office:document-styles>"),
        ], compression: .stored)
    }

    private func dump(_ bytes: [UInt8]) throws -> String {
        try ODTParser().parse(bytes).debugDump()
    }

    func testHeadingsListsAndTablesKeepTheirKindAndLevel() throws {
        let body = """
        <text:h text:outline-level="1">Dana Whitfield</text:h>\
        <text:h text:outline-level="2">Experience</text:h>\
        <text:list><text:list-item><text:p>Greeted guests</text:p>\
        <text:list><text:list-item><text:p>at the front desk</text:p></text:list-item></text:list></text:list-item></text:list>\
        <table:table><table:table-row><table:table-cell><text:p>2021</text:p></table:table-cell>\
        <table:table-cell><text:p>Front desk lead</text:p></table:table-cell></table:table-row></table:table>
        """
        XCTAssertEqual(try dump(odt(body: body)), """
        1:1 heading(1) | Dana Whitfield
        2:1 heading(2) | Experience
        3:1 list-item(1) | Greeted guests
        4:1 list-item(2) | at the front desk
        5:1 table-cell(1) | 2021
        6:1 table-cell(1) | Front desk lead

        """)
    }

    func testParagraphStylesNamedForHeadingsAreHeadings() throws {
        let automatic = "<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_2\"/>"
        XCTAssertEqual(try dump(odt(body: "<text:p text:style-name=\"P1\">Skills</text:p><text:p>Spanish</text:p>", automatic: automatic)), """
        1:1 heading(2) | Skills
        2:1 paragraph | Spanish

        """)
    }

    func testSpacesTabsAndBreaksAreRead() throws {
        let body = "<text:p>Front<text:s text:c=\"3\"/>desk<text:tab/>2021<text:line-break/>Lead\n   role</text:p>"
        XCTAssertEqual(try dump(odt(body: body)), "1:1 paragraph | Front   desk\t2021 Lead    role\n")
    }

    func testTrackedChangesKeepInsertionsAndDropDeletions() throws {
        let body = """
        <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Editor</dc:creator></office:change-info>\
        <text:p>rude to guests</text:p></text:deletion></text:changed-region></text:tracked-changes>\
        <text:p>Was <text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>patient with<text:change-end text:change-id="c2"/> guests</text:p>
        """
        XCTAssertEqual(try dump(odt(body: body)), "1:1 paragraph | Was patient with guests\n")
    }

    func testNotesFollowTheBodyAndCommentsAndCitationsAreDropped() throws {
        let body = """
        <text:p>Trained new staff<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>\
        <text:note-body><text:p>Six clerks in 2022.</text:p></text:note-body></text:note>.\
        <office:annotation><dc:creator>Reviewer</dc:creator><text:p>Add a number</text:p></office:annotation></text:p>\
        <text:p>Kept the lobby calm</text:p>
        """
        XCTAssertEqual(try dump(odt(body: body)), """
        1:1 paragraph | Trained new staff.
        2:1 paragraph | Kept the lobby calm
        3:1 paragraph | Six clerks in 2022.

        """)
    }

    func testTextBoxesInFramesAreReadAndAltTextIsNot() throws {
        let body = """
        <text:p><draw:frame><svg:title>Photo of Dana</svg:title><draw:text-box><text:p>Bilingual front desk lead</text:p></draw:text-box></draw:frame>Profile</text:p>
        """
        XCTAssertEqual(try dump(odt(body: body)), "1:1 paragraph | Bilingual front desk lead\n2:1 paragraph | Profile\n")
    }

    func testHeadersAndFootersComeFromTheMasterPagesOnce() throws {
        let margin = "<style:header><text:p>dana@example.com</text:p></style:header><style:footer><text:p>Page footer</text:p></style:footer>"
        let bytes = odt(body: "<text:p>Served guests</text:p>", masterPage: margin + "<style:header-left><text:p>dana@example.com</text:p></style:header-left>")
        XCTAssertEqual(try dump(bytes), """
        1:1 paragraph | dana@example.com
        2:1 paragraph | Served guests
        3:1 paragraph | Page footer

        """)
    }

    func testOpenDocumentTextIsSniffedAndReadWhateverItsName() throws {
        let bytes = odt(body: "<text:p>Served guests at the desk</text:p>")
        XCTAssertEqual(try FormatSniffer.format(of: bytes, name: "letter.docx"), .odt)
        let document = try DocumentLoader().load(bytes, name: "letter.docx")
        XCTAssertEqual(document.format, .odt)
        XCTAssertEqual(document.blocks.map(\.text), ["Served guests at the desk"])
    }

    func testAnOpenDocumentWhoseMimetypeIsNotFirstIsStillRead() throws {
        let bytes = ZipWriter.archive([
            ("content.xml", "<office:document-content \(Self.namespaces)><office:body><office:text><text:p>Answered calls</text:p></office:text></office:body></office:document-content>"),
            ("mimetype", "application/vnd.oasis.opendocument.text"),
        ])
        XCTAssertEqual(try FormatSniffer.format(of: bytes, name: "cv.odt"), .docx)
        XCTAssertEqual(try DocumentLoader().load(bytes, name: "cv.odt").blocks.map(\.text), ["Answered calls"])
    }

    func testASpreadsheetIsRefusedByName() {
        let bytes = odt(body: "", mimetype: "application/vnd.oasis.opendocument.spreadsheet")
        XCTAssertThrowsError(try ODTParser().parse(bytes)) {
            XCTAssertEqual(($0 as? DocumentError)?.description, "not a document svcscan reads: looks like an OpenDocument spreadsheet file, not a text document")
        }
    }

    func testTextBeyondTheLimitIsRefused() {
        let bytes = odt(body: String(repeating: "<text:p>Greeted guests at the door.</text:p>", count: 50))
        XCTAssertThrowsError(try ODTParser(maxTextBytes: 200).parse(bytes)) {
            guard case .limitExceeded = $0 as? DocumentError else { return XCTFail("got \($0)") }
        }
    }

    func testADoctypeIsRefusedAsInDOCX() {
        let bytes = ZipWriter.archive([
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><office:document-content \(Self.namespaces)><office:body><office:text><text:p>&e;</text:p></office:text></office:body></office:document-content>"),
        ], compression: .stored)
        XCTAssertThrowsError(try ODTParser().parse(bytes)) {
            guard case .refusedXML = $0 as? DocumentError else { return XCTFail("got \($0)") }
        }
    }
}
