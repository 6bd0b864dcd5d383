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

    func testAnExcerptWrappedOverTwoLinesPrintsAsTheReaderSeesIt() {
        var report = SampleReport.make()
        report.findings[1].excerpt = "Calmed frustrated\r\n  callers"
        let output = TextReporter().render(path: SampleReport.path, report: report)
        XCTAssertTrue(output.contains("\"Calmed frustrated callers\""), output)
        XCTAssertFalse(output.contains("\\u{A}"))
    }

    func testAVeryLargeReportIsWrittenInPiecesThatJoinToTheWholeReport() {
        var report = SampleReport.make()
        report.findings = Array(repeating: report.findings, count: 2_000).flatMap { $0 }
        let result = FileResult(path: SampleReport.path, outcome: .report(report), thresholdFailures: ["score 12 is below 50"])
        var reporter = TextReporter()
        var pieces: [String] = []
        reporter.file(result) { pieces.append($0) }
        XCTAssertGreaterThan(pieces.count, 3)
        XCTAssertTrue(pieces.allSatisfy { $0.utf8.count < 1 << 17 })
        XCTAssertEqual(pieces.joined(), reporter.file(result))
        XCTAssertTrue(pieces.joined().hasSuffix("score 12 is below 50\n\n"))
    }
}
