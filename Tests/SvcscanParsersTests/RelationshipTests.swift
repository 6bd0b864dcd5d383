@testable import SvcscanParsers
import XCTest

/// Relationship targets as Word and other producers write them, resolved to archive paths.
final class RelationshipTests: XCTestCase {
    func testTargetsResolveAgainstTheSourcePartsFolder() {
        XCTAssertEqual(Relationship.resolve("styles.xml", from: "word/document.xml"), "word/styles.xml")
        XCTAssertEqual(Relationship.resolve("./media/image1.png", from: "word/document.xml"), "word/media/image1.png")
        XCTAssertEqual(Relationship.resolve("word/document.xml", from: ""), "word/document.xml")
        XCTAssertEqual(Relationship.resolve("header1.xml", from: "document.xml"), "header1.xml")
    }

    func testAbsoluteTargetsStartAtTheArchiveRoot() {
        XCTAssertEqual(Relationship.resolve("/word/styles.xml", from: "word/document.xml"), "word/styles.xml")
        XCTAssertEqual(Relationship.resolve("/customXml/item1.xml", from: "word/sub/document.xml"), "customXml/item1.xml")
    }

    func testParentStepsNeverClimbAboveTheRoot() {
        XCTAssertEqual(Relationship.resolve("../customXml/item1.xml", from: "word/document.xml"), "customXml/item1.xml")
        XCTAssertEqual(Relationship.resolve("../../../../etc/passwd", from: "word/document.xml"), "etc/passwd")
        XCTAssertEqual(Relationship.resolve("a//b/./../c.xml", from: "word/document.xml"), "word/a/c.xml")
    }

    func testNonASCIIFolderAndFileNamesKeepTheirCharacters() {
        XCTAssertEqual(Relationship.resolve("stile.xml", from: "wörd/dokümént.xml"), "wörd/stile.xml")
        XCTAssertEqual(Relationship.resolve("../é/ü.xml", from: "wörd/x.xml"), "é/ü.xml")
    }

    func testRelsPartSitsInTheFoldersRelsFolder() {
        XCTAssertEqual(Relationship.relsPart(for: ""), "_rels/.rels")
        XCTAssertEqual(Relationship.relsPart(for: "word/document.xml"), "word/_rels/document.xml.rels")
        XCTAssertEqual(Relationship.relsPart(for: "document.xml"), "_rels/document.xml.rels")
    }
}
