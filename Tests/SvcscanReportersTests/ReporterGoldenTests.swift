@testable import SvcscanReporters
import SvcscanTestSupport
import XCTest

/// One fixed run through every reporter, compared with committed output (SVCSCAN_RECORD=1 re-records).
final class ReporterGoldenTests: XCTestCase {
    func testEveryFormatMatchesItsGoldenFile() {
        for format in OutputFormat.allCases {
            Golden.assertMatches(SampleRun.render(format), named: "run.\(format.rawValue)")
        }
    }

    func testJSONIsDeterministicWithSortedKeys() {
        let first = SampleRun.render(.json), second = SampleRun.render(.json)
        XCTAssertEqual(first, second)
        // Top-level keys are the lines indented by exactly two spaces.
        let topLevel = first.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0.dropFirst(3).prefix(while: { $0 != "\"" })) }
        XCTAssertEqual(topLevel, ["files", "positions", "schemaVersion", "summary", "tool"])
    }

    func testSARIFStatesColumnKindAndMapsSeverityToLevel() throws {
        let sarif = try JSONSerialization.jsonObject(with: Data(SampleRun.render(.sarif).utf8)) as? [String: Any]
        let run = try XCTUnwrap((sarif?["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.map { $0["level"] as? String }, ["note", "warning"])
        XCTAssertNotNil(results[1]["fixes"], "the rewrite becomes a fix")
    }

    func testGitHubAnnotationsEscapePropertyAndMessageText() {
        XCTAssertEqual(GitHubReporter.property("a,b:c%\n"), "a%2Cb%3Ac%25%0A")
        XCTAssertEqual(GitHubReporter.data("50% done\r\n"), "50%25 done%0D%0A")
    }
}
