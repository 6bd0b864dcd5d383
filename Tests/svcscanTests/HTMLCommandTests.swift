import SvcscanTestSupport
import XCTest

/// `--format html` end to end: findings are marked on the writer's own lines and columns.
final class HTMLCommandTests: XCTestCase {
    private let svcscan = CommandRunner()

    func testMarksLandOnTheWordsInAMarkdownFileWhoseMarkupWasStripped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ana.md", "# Ana Ruiz\n\n- **Responsible for** the front desk.\n")
        let result = try svcscan.run(["--format", "html", folder.url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("<!DOCTYPE html>"))
        // "- **" is markup: the mark starts at column 5, where the words are (and runs over the
        // closing "**", left blank, as the finding's end column does).
        XCTAssertTrue(result.stdout.contains("<li value=\"3\">    <mark class=\"ph\">Responsible for  </mark>"), result.stdout)
        XCTAssertTrue(result.stdout.contains("<li value=\"1\">  Ana Ruiz</li>"), result.stdout)
    }
}
