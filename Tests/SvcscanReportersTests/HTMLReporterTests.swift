import SvcscanCore
@testable import SvcscanReporters
import SvcscanTestSupport
import XCTest

/// The HTML report without a browser: escaping, marks, counts and determinism. The browser
/// checks (DOM, no requests, screenshots) are in scripts/html-check.
final class HTMLReporterTests: XCTestCase {
    private func render(_ files: [FileResult]) -> String {
        var reporter = HTMLReporter()
        var out = reporter.begin(SampleRun.tool)
        var summary = RunSummary(files: files.count, read: 0, failed: 0, thresholdFailures: 0, exitCode: 0)
        for file in files {
            summary.cohort.add(file)
            if file.report == nil { summary.failed += 1 } else { summary.read += 1 }
            out += reporter.file(file)
        }
        return out + reporter.end(summary)
    }

    private func document(_ lines: [String], findings: [Finding] = []) -> Report {
        var report = SampleReport.make()
        report.text = lines
        report.findings = findings
        return report
    }

    func testTextFromADocumentCannotBecomeMarkupOrScript() {
        let hostile = ["<script>document.body.dataset.pwned = 1</script>", "</style><img src=x onerror=alert(1)>",
                       "<a href=\"javascript:alert(1)\">site</a> ' \" &amp;", "evil\u{202E}txt.exe \u{1B}[2J"]
        let page = render([FileResult(path: "<b>odd</b>.txt", outcome: .report(document(hostile))),
                           FileResult(path: "x\"><script>alert(2)</script>.pdf", outcome: .failure("<script>alert(3)</script>"))])
        XCTAssertEqual(page.components(separatedBy: "<script").count - 1, 1, "only the report's own script")
        XCTAssertFalse(page.contains("<img"), page)
        XCTAssertFalse(page.contains("<a href=\"javascript"), page)
        XCTAssertFalse(page.contains("</style><"), page)
        XCTAssertTrue(page.contains("&lt;script&gt;document.body.dataset.pwned = 1&lt;/script&gt;"))
        XCTAssertTrue(page.contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;site&lt;/a&gt; &#39; &quot; &amp;amp;"))
        XCTAssertTrue(page.contains("evil\\u{202E}txt.exe \\u{1B}[2J"), "bidirectional and control characters are shown, not obeyed")
        XCTAssertTrue(page.contains("&lt;b&gt;odd&lt;/b&gt;.txt"))
        XCTAssertFalse(page.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }

    func testFindingsAreMarkedWhereTheyOccurAndNumberedToTheirNotes() {
        let page = render([FileResult(path: "ana.md", outcome: .report(SampleReport.make()))])
        // Line 9: "- Responsible for customer calls…"; the phrasing finding covers columns 3–17.
        XCTAssertTrue(page.contains("<li value=\"9\">- <mark class=\"ph\">Responsible for</mark><sup><a href=\"#doc-1-f2\">P1</a></sup> customer calls"), page)
        XCTAssertTrue(page.contains("<li value=\"10\">- <mark class=\"ev\">Calmed frustrated callers</mark><sup><a href=\"#doc-1-f3\">E2</a></sup>"), page)
        XCTAssertTrue(page.contains("<li id=\"doc-1-f2\"><span class=\"tag\">P1</span>"))
        XCTAssertTrue(page.contains("try: <span class=\"rewrite\">Answered customer calls for [who], [result]</span>"))
        XCTAssertTrue(page.contains("<li value=\"1\"># Ana &lt;Ruiz&gt; &amp; Co</li>"))
    }

    func testTheCohortViewCountsEveryDocumentAndNamesTheUnreadable() {
        let files = (1...3).map { FileResult(path: "cv\($0).md", outcome: .report(SampleReport.make())) }
            + [FileResult(path: "scan.pdf", outcome: .failure("scanned pages, no text to read: run OCR first, for example with ocrmypdf"))]
        let page = render(files)
        XCTAssertEqual(page.components(separatedBy: "<details class=\"doc\"").count - 1, 3)
        XCTAssertEqual(page.components(separatedBy: "<tr><td data-sort=").count - 1, 3)
        XCTAssertTrue(page.contains("20–29: 3"), "the histogram's caption carries its numbers")
        XCTAssertTrue(page.contains("<th scope=\"row\">Active listening</th><td class=\"n dark\" style=\"background:hsl(0,0%,26%)\">100% "))
        XCTAssertTrue(page.contains("<li><strong>scan.pdf</strong>: scanned pages, no text to read"))
        let links = page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
        XCTAssertFalse(links.contains("http://") || links.contains("https://") || links.contains("src="), "nothing to fetch")
    }

    func testTheSameRunGivesTheSameBytes() {
        let files = [FileResult(path: "a.md", outcome: .report(SampleReport.make())), FileResult(path: "b.docx", outcome: .failure("broken"))]
        XCTAssertEqual(render(files), render(files))
    }
}
