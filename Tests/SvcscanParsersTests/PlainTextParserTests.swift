import SvcscanCore
@testable import SvcscanParsers
import XCTest

final class PlainTextParserTests: XCTestCase {
    private func dump(_ text: String) throws -> String {
        try PlainTextParser().parse(Array(text.utf8)).debugDump()
    }

    func testBlankLinesSeparateParagraphsAndWrappedLinesJoin() throws {
        let text = "Dana Whitfield\nSeattle, WA\n\nI help small teams ship\nsoftware their customers trust.\n"
        XCTAssertEqual(try dump(text), """
        1:1 paragraph | Dana Whitfield⏎Seattle, WA
        4:1 paragraph | I help small teams ship⏎software their customers trust.

        """)
    }

    func testCapitalLinesAndShortColonLinesAreHeadings() throws {
        let text = "WORK EXPERIENCE\nBarista, Copper Kettle\nSkills:\nLatte art\n"
        XCTAssertEqual(try dump(text), """
        1:1 heading(1) | WORK EXPERIENCE
        2:1 paragraph | Barista, Copper Kettle
        3:1 heading(1) | Skills:
        4:1 paragraph | Latte art

        """)
    }

    func testBulletsAndNumbersOpenListItemsAndKeepSourceColumns() throws {
        let text = "• Answered 40 calls a day\n  - Trained 3 new hires\n2) Cut wait times\n\u{F0B7}\tWord bullet\n"
        let document = try PlainTextParser().parse(Array(text.utf8))
        XCTAssertEqual(document.debugDump(), """
        1:3 list-item(1) | Answered 40 calls a day
        2:5 list-item(2) | Trained 3 new hires
        3:4 list-item(1) | Cut wait times
        4:3 list-item(1) | Word bullet

        """)
        // "calls" starts at column 15 of line 1 in the file itself.
        let block = document.blocks[0]
        XCTAssertEqual(block.location(atScalarOffset: 12), SourceLocation(line: 1, column: 15))
    }

    func testIndentedLineContinuesTheListItemAboveIt() throws {
        let text = "- Rebuilt the onboarding guide\n  with the support team\n"
        XCTAssertEqual(try dump(text), "1:3 list-item(1) | Rebuilt the onboarding guide⏎with the support team\n")
        let block = try PlainTextParser().parse(Array(text.utf8)).blocks[0]
        // "with" sits on line 2, column 3.
        XCTAssertEqual(block.location(atScalarOffset: 29), SourceLocation(line: 2, column: 3))
    }

    func testABulletWrappedByAPDFExtractorJoinsItsItemAndKeepsItsLines() throws {
        let text = "• Trained a sales team of 35 from 20 partner companies and\nlifted partner revenue by half,\nReturns for dealers\n• Answered calls\nCashier, Copper Kettle\n"
        let document = try PlainTextParser().parse(Array(text.utf8))
        XCTAssertEqual(document.debugDump(), """
        1:3 list-item(1) | Trained a sales team of 35 from 20 partner companies and⏎lifted partner revenue by half,⏎Returns for dealers
        4:3 list-item(1) | Answered calls
        5:1 paragraph | Cashier, Copper Kettle

        """)
        // "Returns" is on line 3, column 1 of the file.
        let item = document.blocks[0]
        let offset = item.text.unicodeScalars.count - "Returns for dealers".count
        XCTAssertEqual(item.location(atScalarOffset: offset), SourceLocation(line: 3, column: 1))
    }

    func testCRLFAndLoneCRLineEndsCountLinesLikeTheEditorDoes() throws {
        XCTAssertEqual(try dump("SUMMARY\r\nCalm under pressure\r\rEDUCATION\r"), """
        1:1 heading(1) | SUMMARY
        2:1 paragraph | Calm under pressure
        4:1 heading(1) | EDUCATION

        """)
    }

    func testTextViewKeepsSourceLineNumbers() throws {
        let document = try PlainTextParser().parse(Array("Name\n\n\n- Led a team\n".utf8))
        XCTAssertEqual(document.textView(), "Name\n\n\nLed a team\n")
    }
}
