import Foundation
import SvcscanTestSupport
import XCTest

/// Exit codes, threshold flags, `.svcscan.yml` discovery and inline suppression, end to end.
final class ThresholdAndConfigTests: XCTestCase {
    private let svcscan = CommandRunner()
    private var folder: TemporaryFolder!

    private let weak = """
    SUMMARY
    A team player and people person.

    EXPERIENCE
    - Responsible for answering phones at the front desk of the clinic
    """

    private let strong = """
    EXPERIENCE
    - Calmed frustrated callers during an outage, cutting escalations 30%
    - Asked every client for feedback and acted on it, raising CSAT from 80% to 92%
    """

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    private func run(_ arguments: [String], in directory: URL? = nil) throws -> CommandRunner.Result {
        try svcscan.run(arguments, in: directory ?? folder.url)
    }

    func testExitCodeIsZeroWhenEveryInputIsReadAndNoThresholdIsSet() throws {
        let path = try folder.write("weak.txt", weak)
        XCTAssertEqual(try run([path]).status, 0)
    }

    func testFailUnderFailsOnlyFilesBelowTheScore() throws {
        let path = try folder.write("weak.txt", weak)
        let result = try run(["--fail-under", "90", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("✗ threshold: score"), result.stdout)
        XCTAssertEqual(try run(["--fail-under", "0", path]).status, 0)
    }

    func testFailOnWarningFailsOnAWarningButFailOnErrorDoesNot() throws {
        let path = try folder.write("weak.txt", weak)
        XCTAssertEqual(try run(["--fail-on", "warning", path]).status, 1)
        XCTAssertEqual(try run(["--fail-on", "error", path]).status, 0)
        XCTAssertEqual(try run(["--fail-on", "suggestion", path]).status, 1)
    }

    func testRequireChecksATraitAtAGrade() throws {
        let path = try folder.write("strong.txt", strong)
        XCTAssertEqual(try run(["--require", "patience=proven", path]).status, 0)
        XCTAssertEqual(try run(["--require", "trait.patience", "--require", "feedback", path]).status, 0)
        let missing = try run(["--require", "listening", "--format", "line", path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(try run(["--require", "no-such-trait", path]).status, 2)
        XCTAssertEqual(try run(["--require", "patience=perfect", path]).status, 2)
    }

    func testUsageErrorsExitTwo() throws {
        let path = try folder.write("weak.txt", weak)
        XCTAssertEqual(try run(["--fail-under", "101", path]).status, 2)
        XCTAssertEqual(try run(["--format", "pdf", path]).status, 2)
        XCTAssertEqual(try run(["--fail-on", "info", path]).status, 2)
    }

    func testAnUnreadableInputWinsOverAThresholdFailure() throws {
        let path = try folder.write("weak.txt", weak)
        let result = try run(["--fail-under", "90", path, "missing.docx"])
        XCTAssertEqual(result.status, 2)
    }

    func testConfigurationIsFoundWalkingUpFromTheFileAndFlagsOverrideIt() throws {
        try folder.write("team/.svcscan.yml", "fail-under: 95\n")
        let path = try folder.write("team/people/weak.txt", weak)
        XCTAssertEqual(try run([path]).status, 1, "the configuration two folders up applies")
        XCTAssertEqual(try run(["--fail-under", "0", path]).status, 0, "a flag overrides the file")
        XCTAssertEqual(try run(["--no-config", path]).status, 0)
        try folder.write("team/people/.svcscan.yml", "fail-under: 0\n")
        XCTAssertEqual(try run([path]).status, 0, "the nearest configuration wins")
    }

    func testEachFolderOfOneBatchGetsItsOwnConfiguration() throws {
        try folder.write("strict/.svcscan.yml", "fail-under: 95\ndisable: [phrasing.claim.team-player]\n")
        try folder.write("strict/weak.txt", weak)
        try folder.write("strict/nested/weak.txt", weak)
        try folder.write("lenient/weak.txt", weak)
        try folder.write("lenient/also-weak.txt", weak)
        let result = try run(["--format", "jsonl", "strict", "lenient", "strict/weak.txt"])
        XCTAssertEqual(result.status, 1)
        let failing = result.stdout.split(separator: "\n").filter { $0.contains("(--fail-under)") }
        XCTAssertEqual(failing.count, 3, "both files under strict/, and the one named again, fail; lenient/ has no configuration")
        let teamPlayer = result.stdout.split(separator: "\n").filter { $0.contains("\"phrasing.claim.team-player\"") }
        XCTAssertEqual(teamPlayer.count, 2, "only the lenient files report the entry strict/ disables:\n\(result.stdout)")
    }

    func testConfigurationInTheWorkingFolderAppliesToStandardInput() throws {
        try folder.write(".svcscan.yml", "fail-on: warning\n")
        let result = try svcscan.run([], stdin: Array(weak.utf8), in: folder.url)
        XCTAssertEqual(result.status, 1)
    }

    func testConfigurationDisablesEntriesAndChangesSeverities() throws {
        let path = try folder.write("weak.txt", weak)
        let config = try folder.write("custom.yml", """
        disable: [phrasing.claim.team-player]
        severity:
          phrasing.claim.people-person: error
        fail-on: error
        """)
        let result = try run(["--config", config, "--format", "line", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.stdout.contains("team-player"), result.stdout)
        XCTAssertTrue(result.stdout.contains(": error: phrasing.claim.people-person:"), result.stdout)
    }

    func testBadConfigurationNamesTheFileAndLine() throws {
        let config = try folder.write("bad.yml", "fail-under: 60\ncolour: red\n")
        let path = try folder.write("weak.txt", weak)
        let result = try run(["--config", config, path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "svcscan: error: \(config):2: unknown setting 'colour' (expected lexicon, disable, severity, fail-under, fail-on, require)\n")
    }

    func testInlineCommentsSilenceFindingsAndJSONCountsThem() throws {
        let path = try folder.write("cv.md", """
        ## Summary

        <!-- svcscan-disable phrasing.claim.team-player -->
        A team player.
        <!-- svcscan-enable phrasing.claim.team-player -->
        A team player again.
        <!-- svcscan-disable-next-line -->
        A people person.
        """)
        let result = try run(["--format", "json", path])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let file = try XCTUnwrap((json?["files"] as? [[String: Any]])?.first)
        let findings = try XCTUnwrap(file["findings"] as? [[String: Any]])
        func lines(_ id: String?) -> [Int] {
            findings.filter { id == nil || $0["id"] as? String == id }.compactMap { ($0["region"] as? [String: Any])?["line"] as? Int }
        }
        // Only the named entry is silenced on line 4 (the claim of teamwork still counts there);
        // the next-line comment silences everything on line 8.
        XCTAssertEqual(lines("phrasing.claim.team-player"), [6])
        XCTAssertTrue(lines("trait.collaboration").contains(4))
        XCTAssertFalse(lines(nil).contains(8))
        // The team-player flag on line 4, and at least the people-person flag on line 8.
        XCTAssertGreaterThanOrEqual(file["suppressed"] as? Int ?? 0, 2)
    }

    func testMachineReadableOutputValidatesAgainstItsSchemas() throws {
        let validator = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/validate-output").path
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import jsonschema"]
        try check.run()
        check.waitUntilExit()
        try XCTSkipIf(check.terminationStatus != 0, "python3 with jsonschema is not installed")
        try folder.write("in/weak.txt", weak)
        try folder.write("in/strong.txt", strong)
        try folder.write("in/broken.docx", [0x50, 0x4B, 0x03, 0x04, 0x00])
        for format in ["json", "jsonl"] {
            let output = try run(["--format", format, folder.url.appendingPathComponent("in").path])
            XCTAssertEqual(output.status, 2)
            let file = try folder.write("out.\(format)", output.stdout)
            let validate = Process()
            validate.executableURL = URL(fileURLWithPath: validator)
            validate.arguments = [format, file]
            try validate.run()
            validate.waitUntilExit()
            XCTAssertEqual(validate.terminationStatus, 0, "\(format) output does not match docs/report.schema.json")
        }
    }
}
