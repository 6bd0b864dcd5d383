import SvcscanTestSupport
import XCTest

/// Runs the built `svcscan` binary as a user would.
final class CommandLineTests: XCTestCase {
    private let svcscan = CommandRunner()
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    /// The first line of each file's report.
    private func headers(_ output: String) -> [String] {
        output.split(separator: "\n").filter { !$0.hasPrefix(" ") && $0.contains(" · ") }.map(String.init)
    }

    func testReadsStandardInputWhenNoPathIsGiven() throws {
        let result = try svcscan.run([], stdin: Array("SUMMARY\nPatient and calm.\n".utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("-  résumé · txt\n  Score "), result.stdout)
    }

    func testDashReadsStandardInputWithAnInputFormatOverride() throws {
        let result = try svcscan.run(["text", "--blocks", "--input-format", "md", "-"], stdin: Array("# Ana Ruiz\n\n- Led *five* tours\n".utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("1:3 heading(1) | Ana Ruiz"), result.stdout)
    }

    func testFolderIsWalkedRecursivelyInSortedOrderSkippingHiddenAndUnsupportedFiles() throws {
        try folder.write("b.txt", "Bea\n")
        try folder.write("sub/a.md", "# Al\n")
        try folder.write("sub/c.docx", DOCXFixture(body: DOCXFixture.paragraph("Cy")).bytes())
        try folder.write(".hidden.txt", "secret\n")
        try folder.write(".git/config.txt", "secret\n")
        try folder.write("photo.png", "not read\n")
        let result = try svcscan.run([folder.url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let base = folder.url.path
        XCTAssertEqual(headers(result.stdout), ["\(base)/b.txt  résumé · txt", "\(base)/sub/a.md  résumé · md", "\(base)/sub/c.docx  résumé · docx"])
    }

    func testABadFileAmongGoodOnesIsNamedAndTheOthersStillPrintWithExitCode2() throws {
        let good = try folder.write("good.txt", "Kind and patient.\n")
        let broken = try folder.write("broken.docx", Array(DOCXFixture(body: DOCXFixture.paragraph("x")).bytes().prefix(60)))
        let missing = folder.url.appendingPathComponent("missing.txt").path
        let result = try svcscan.run([broken, good, missing])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(headers(result.stdout), ["\(good)  résumé · txt"])
        XCTAssertTrue(result.stdout.contains("Cohort: 3 files, 1 read, 2 could not be read\n"), result.stdout)
        let errors = result.stderr.split(separator: "\n")
        XCTAssertEqual(errors.count, 2, result.stderr)
        XCTAssertTrue(errors[0].hasPrefix("svcscan: error: \(broken): broken zip archive"), String(errors[0]))
        XCTAssertEqual(errors[1], "svcscan: error: \(missing): cannot read: no such file or folder")
    }

    func testTextCommandPrintsTheExtractedTextOfADOCX() throws {
        var fixture = DOCXFixture(body: DOCXFixture.paragraph("Skills", style: "Heading1") + DOCXFixture.paragraph("Listening", numbered: true))
        fixture.styles = [("Heading1", "heading 1")]
        let path = try folder.write("cv.docx", fixture.bytes())
        XCTAssertEqual(try svcscan.run(["text", path]).stdout, "Skills\nListening\n")
        XCTAssertEqual(try svcscan.run(["text", "--blocks", path]).stdout, "1:1 heading(1) | Skills\n2:1 list-item(1) | Listening\n")
    }

    func testWindows1252InputWarnsOnStandardError() throws {
        let path = try folder.write("old.txt", [0x43, 0x61, 0x66, 0xE9, 0x0A])
        let result = try svcscan.run(["text", path])
        XCTAssertEqual(result.stdout, "Café\n")
        XCTAssertEqual(result.stderr, "svcscan: warning: \(path): not valid UTF-8; read as Windows-1252\n")
    }

    func testTheStrongExampleResumeFarOutscoresTheWeakOne() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples")
        let output = try svcscan.run(["--format", "csv", examples.path]).stdout
        let scores = Dictionary(uniqueKeysWithValues: output.split(separator: "\r\n").dropFirst().map { row -> (String, Int) in
            let fields = row.split(separator: ",")
            return (String(fields[0].split(separator: "/").last ?? ""), Int(fields[3]) ?? -1)
        })
        // The weak one names a few traits and shows some duties (the rubric's "some claims, few
        // behaviours" is about 50 at its best); the strong one shows many with outcomes.
        XCTAssertLessThan(scores["weak-resume.txt"] ?? 100, 30)
        XCTAssertGreaterThan(scores["strong-resume.md"] ?? 0, 60)
        XCTAssertGreaterThanOrEqual((scores["strong-resume.md"] ?? 0) - (scores["weak-resume.txt"] ?? 100), 40)
    }

    func testVersionAndUnknownOptionExitCodes() throws {
        let version = try svcscan.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertFalse(version.stdout.isEmpty)
        let unknown = try svcscan.run(["--no-such-flag"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("--no-such-flag"), unknown.stderr)
    }
}
