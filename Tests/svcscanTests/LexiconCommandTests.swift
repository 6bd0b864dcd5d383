import Foundation
import SvcscanTestSupport
import XCTest

/// `svcscan lexicon compile` and `--lexicon FILE`, as a user runs them.
final class LexiconCommandTests: XCTestCase {
    private let svcscan = CommandRunner()
    private var folder: TemporaryFolder!
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    func testACompiledLexiconScoresExactlyLikeItsFolder() throws {
        let lexicon = repository.appendingPathComponent("Lexicon").path
        let compiled = folder.url.appendingPathComponent("shipped.svclex").path
        let compile = try svcscan.run(["lexicon", "compile", lexicon, "--output", compiled])
        XCTAssertEqual(compile.status, 0, compile.stderr)
        let resume = repository.appendingPathComponent("Examples/strong-resume.md").path
        let fromFolder = try svcscan.run(["--format", "json", "--lexicon", lexicon, resume])
        let fromFile = try svcscan.run(["--format", "json", "--lexicon", compiled, resume])
        XCTAssertEqual(fromFolder.status, 0, fromFolder.stderr)
        XCTAssertTrue(fromFolder.stdout.contains("\"score\""), fromFolder.stdout)
        XCTAssertEqual(fromFile.stdout, fromFolder.stdout)
        let check = try svcscan.run(["lexicon", "check", compiled])
        XCTAssertEqual(check.status, 0, check.stdout)
    }

    func testABrokenFolderIsNotCompiledAndNothingIsWritten() throws {
        _ = try folder.write("lexicon/broken.yml", "entries:\n  - id: [unclosed\n")
        let output = folder.url.appendingPathComponent("out.svclex").path
        let result = try svcscan.run(["lexicon", "compile", folder.url.appendingPathComponent("lexicon").path, "-o", output])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.hasPrefix("broken.yml:3: YAML:"), result.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testAFileThatIsNotALexiconIsRefusedByName() throws {
        let bogus = try folder.write("bogus.svclex", "hello\n")
        let result = try svcscan.run(["--lexicon", bogus, "-"], stdin: Array("Patient.\n".utf8))
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "svcscan: error: lexicon \(bogus): bogus.svclex: not a compiled svcscan lexicon\n")
    }
}
