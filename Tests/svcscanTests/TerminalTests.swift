import Foundation
import SvcscanTestSupport
import XCTest

/// Behaviour that depends on terminals: colour and the usage message for an interactive stdin.
final class TerminalTests: XCTestCase {
    private let svcscan = CommandRunner()
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    func testColourOnlyWhenAskedForOrOnATerminalAndNeverWithNoColorOnAuto() throws {
        let path = try folder.write("cv.txt", "SUMMARY\nA team player.\n")
        XCTAssertTrue(try svcscan.run(["--color", "always", path]).stdout.contains("\u{1B}["))
        XCTAssertFalse(try svcscan.run(["--color", "never", path]).stdout.contains("\u{1B}["))
        XCTAssertFalse(try svcscan.run([path]).stdout.contains("\u{1B}["), "a pipe is not a terminal")
        XCTAssertFalse(try svcscan.run(["--color", "always", "--format", "line", path]).stdout.contains("\u{1B}["), "colour is for text output only")
    }

    func testNoArgumentsWithATerminalOnStandardInputPrintsUsageAndExitsTwo() throws {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: script.path), "util-linux script is needed for a terminal")
        let process = Process()
        process.executableURL = script
        // `script` runs svcscan on a new pseudo-terminal and exits with its status.
        process.arguments = ["-qec", svcscan.executable.path, "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertTrue(printed.contains("USAGE: svcscan"), printed)
    }
}
