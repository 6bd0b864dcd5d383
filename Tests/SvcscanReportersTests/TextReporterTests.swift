import SvcscanCore
import SvcscanReporters
import SvcscanTestSupport
import XCTest

final class TextReporterTests: XCTestCase {
    func testTextReportMatchesGoldenFile() {
        Golden.assertMatches(TextReporter().render(path: SampleReport.path, report: SampleReport.make()), named: "report.txt")
    }

    func testExplainAddsTheScoreTrace() {
        Golden.assertMatches(TextReporter(explain: true).render(path: SampleReport.path, report: SampleReport.make()), named: "report-explain.txt")
    }

    func testEscapeSequencesFromADocumentNeverReachTheTerminalRaw() {
        let output = TextReporter().render(path: SampleReport.path, report: SampleReport.make())
        XCTAssertFalse(output.unicodeScalars.contains("\u{1B}"))
        XCTAssertTrue(output.contains("Kind\\u{1B}[31m"))
    }
}
