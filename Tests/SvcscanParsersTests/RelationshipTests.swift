@testable import SvcscanParsers
import XCTest

/// Relationship targets as Word and other producers write them, resolved to archive paths.
final class RelationshipTests: XCTestCase {
    func testTargetsResolveToArchivePaths() {
        let cases: [(target: String, source: String, path: String, why: String)] = [
            ("styles.xml", "word/document.xml", "word/styles.xml", "relative to the source part's folder"),
            ("./media/image1.png", "word/document.xml", "word/media/image1.png", "explicit current folder"),
            ("word/document.xml", "", "word/document.xml", "package relationships start at the root"),
            ("header1.xml", "document.xml", "header1.xml", "source part at the root"),
            ("/word/styles.xml", "word/document.xml", "word/styles.xml", "absolute"),
            ("/customXml/item1.xml", "word/sub/document.xml", "customXml/item1.xml", "absolute from a deeper part"),
            ("../customXml/item1.xml", "word/document.xml", "customXml/item1.xml", "parent folder"),
            ("../../../../etc/passwd", "word/document.xml", "etc/passwd", "never above the archive root"),
            ("a//b/./../c.xml", "word/document.xml", "word/a/c.xml", "empty, current and parent components"),
            ("stile.xml", "wörd/dokümént.xml", "wörd/stile.xml", "non-ASCII folder"),
            ("../é/ü.xml", "wörd/x.xml", "é/ü.xml", "non-ASCII target"),
        ]
        for test in cases {
            XCTAssertEqual(Relationship.resolve(test.target, from: test.source), test.path, test.why)
        }
    }

    func testRelsPartSitsInTheFoldersRelsFolder() {
        XCTAssertEqual(Relationship.relsPart(for: ""), "_rels/.rels")
        XCTAssertEqual(Relationship.relsPart(for: "word/document.xml"), "word/_rels/document.xml.rels")
        XCTAssertEqual(Relationship.relsPart(for: "document.xml"), "_rels/document.xml.rels")
    }
}
