import Foundation
import SvcscanTestSupport
import XCTest

/// PDF and OpenDocument files used as a career-services office would: in a folder batch, piped
/// in, and in JSON and SARIF with their pages.
final class PDFAndODTCommandTests: XCTestCase {
    private let svcscan = CommandRunner()
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") || ProcessInfo.processInfo.environment["SVCSCAN_PDFTOTEXT"] != nil else {
            throw XCTSkip("pdftotext is not installed (scripts/setup installs poppler-utils)")
        }
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder?.remove()
    }

    private let resume = PDFFixture(pages: [
        [PDFFixture.Line("Dana Whitfield", y: 60, size: 18), PDFFixture.Line("EXPERIENCE", y: 100, size: 12),
         PDFFixture.Line("- Responsible for the front desk and guest check-in.", y: 120)],
        [PDFFixture.Line("- Greeted 80 guests a day and cut the wait at check-in by half.", y: 60)],
    ])

    private let odt = ZipWriter.archive([
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", """
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>\
        <text:h text:outline-level="1">Experience</text:h><text:p>Responsible for the front desk.</text:p>\
        </office:text></office:body></office:document-content>
        """),
    ], compression: .stored)

    func testAFolderOfPDFAndODTIsScannedAndEachFindingKnowsItsPage() throws {
        try folder.write("a-dana.pdf", resume.bytes())
        try folder.write("b-lee.odt", odt)
        let result = try svcscan.run(["--format", "json", folder.url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = try XCTUnwrap(report?["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["format"] as? String ?? "" }, ["pdf", "odt"])
        let findings = try XCTUnwrap(files[0]["findings"] as? [[String: Any]])
        let duty = try XCTUnwrap(findings.first { ($0["id"] as? String)?.hasPrefix("phrasing.duty.responsible-for") == true })
        XCTAssertEqual((duty["region"] as? [String: Any])?["page"] as? Int, 1)
        XCTAssertEqual((duty["region"] as? [String: Any])?["line"] as? Int, 6)
        let pages = Set(findings.compactMap { ($0["region"] as? [String: Any])?["page"] as? Int })
        XCTAssertEqual(pages, [1, 2], "\(findings)")
    }

    func testAPDFPipedInIsReadAndTheTextReportNamesThePage() throws {
        let result = try svcscan.run([], stdin: resume.bytes())
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("-  résumé · pdf\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("-:6:3: warning: phrasing.duty.responsible-for"), result.stdout)
        XCTAssertTrue(result.stdout.contains("(page 1)"), result.stdout)
    }

    func testSARIFForAPDFKeepsAValidRegionWithThePageAsAProperty() throws {
        try folder.write("dana.pdf", resume.bytes())
        let result = try svcscan.run(["--format", "sarif", folder.url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let log = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let results = try XCTUnwrap((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let regions = results.compactMap { result in
            ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        }
        let duty = try XCTUnwrap(regions.first { $0["startLine"] as? Int == 6 })
        XCTAssertEqual((duty["properties"] as? [String: Any])?["page"] as? Int, 1)
        XCTAssertTrue(regions.allSatisfy { ($0["startLine"] as? Int ?? 0) >= 1 && ($0["properties"] as? [String: Any])?["page"] != nil })
    }

    func testTextShowsThePDFPageByPage() throws {
        let path = try folder.write("dana.pdf", resume.bytes())
        let result = try svcscan.run(["text", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
        ── page 1 ──
        Dana Whitfield

        EXPERIENCE

        Responsible for the front desk and guest check-in.
        ── page 2 ──
        Greeted 80 guests a day and cut the wait at check-in by half.

        """)
    }

    func testAScannedPDFAmongGoodFilesIsNamedAndTheRestStillRead() throws {
        try folder.write("a.odt", odt)
        try folder.write("b-scan.pdf", PDFFixture(pages: [[]]).bytes())
        let result = try svcscan.run(["--format", "jsonl", folder.url.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("b-scan.pdf: scanned pages, no text to read: run OCR first, for example with ocrmypdf"), result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 2, result.stdout)
    }
}
