import Foundation
import SvcscanTestSupport
import XCTest

/// Hostile paths and inputs at the command line (issue 6): each is one error line naming the
/// file and what it is, the rest of a batch is still read, and the run exits 2. Nothing blocks.
final class HostileInputTests: XCTestCase {
    private let svcscan = CommandRunner()
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        // Give back permissions taken away by a test so the folder can be removed.
        if let walker = FileManager.default.enumerator(atPath: folder.url.path) {
            for case let name as String in walker { chmod(folder.url.appendingPathComponent(name).path, 0o755) }
        }
        folder.remove()
    }

    private struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private func errorLines(_ result: CommandRunner.Result) -> [String] {
        errorLines(result.stderr)
    }

    private func errorLines(_ result: Outcome) -> [String] {
        errorLines(result.stderr)
    }

    private func errorLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("svcscan: error: ") }
    }

    /// Runs svcscan as an unprivileged user when the tests run as root, who ignores file modes.
    private func runUnprivileged(_ arguments: [String]) throws -> Outcome? {
        guard getuid() == 0 else {
            let result = try svcscan.run(arguments)
            return Outcome(status: result.status, stdout: result.stdout, stderr: result.stderr)
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        chmod(folder.url.path, 0o755)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", svcscan.executable.path] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    func testZeroByteFileIsNamedAsEmpty() throws {
        let path = try folder.write("empty.txt", [])
        let result = try svcscan.run([path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(errorLines(result), ["svcscan: error: \(path): empty file (0 bytes)"])
    }

    func testFileOverMaxSizeIsRefusedWithoutReadingIt() throws {
        let path = try folder.write("long.txt", String(repeating: "Patient with callers.\n", count: 100))
        let result = try svcscan.run(["--max-size", "1000", path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(errorLines(result), ["svcscan: error: \(path): file is 2200 bytes, over the 1000-byte limit (--max-size)"])
    }

    func testFIFOIsRefusedWithoutBlocking() throws {
        let path = folder.url.appendingPathComponent("pipe.txt").path
        XCTAssertEqual(mkfifo(path, 0o644), 0)
        let good = try folder.write("good.txt", "Kind and patient.\n")
        let started = Date()
        let result = try svcscan.run([path, good])
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(errorLines(result), ["svcscan: error: \(path): cannot read: a named pipe (FIFO), not a regular file; svcscan reads only regular files"])
        XCTAssertTrue(result.stdout.contains(good), result.stdout)
    }

    func testCharacterDeviceIsRefused() throws {
        let result = try svcscan.run(["/dev/zero"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(errorLines(result), ["svcscan: error: /dev/zero: cannot read: a character device, not a regular file; svcscan reads only regular files"])
    }

    func testFolderGivenAsAFileInAFolderWalkIsNotRead() throws {
        try folder.write("cv.md/inner.txt", "Kind.\n")
        let result = try svcscan.run([folder.url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("cv.md/inner.txt"), result.stdout)
    }

    func testUnreadableFileIsNamedAndTheRestGoesOn() throws {
        let locked = try folder.write("locked.txt", "Kind.\n")
        let good = try folder.write("good.txt", "Patient.\n")
        chmod(locked, 0)
        guard let result = try runUnprivileged([locked, good]) else { throw XCTSkip("running as root without setpriv") }
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(errorLines(result), ["svcscan: error: \(locked): cannot read: permission denied"])
        XCTAssertTrue(result.stdout.contains(good), result.stdout)
    }

    func testFolderThatCannotBeListedIsNamedAndTheRestGoesOn() throws {
        try folder.write("closed/cv.txt", "Kind.\n")
        let good = try folder.write("open/cv.txt", "Patient.\n")
        let closed = folder.url.appendingPathComponent("closed").path
        chmod(closed, 0)
        guard let result = try runUnprivileged([folder.url.path]) else { throw XCTSkip("running as root without setpriv") }
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(errorLines(result), ["svcscan: error: \(closed): cannot read: cannot list folder: permission denied"])
        XCTAssertTrue(result.stdout.contains(good), result.stdout)
    }

    func testSymlinkLoopIsNamedAsALoop() throws {
        let loop = folder.url.appendingPathComponent("loop.txt").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop2.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("loop2.txt").path, withDestinationPath: "loop.txt")
        let explicit = try svcscan.run([loop])
        XCTAssertEqual(explicit.status, 2)
        XCTAssertEqual(errorLines(explicit), ["svcscan: error: \(loop): cannot read: a symbolic link loop (too many levels of symbolic links)"])
        // Walking the folder meets both links; each is reported once and the walk ends.
        let walked = try svcscan.run([folder.url.path])
        XCTAssertEqual(walked.status, 2)
        XCTAssertEqual(errorLines(walked).count, 2, walked.stderr)
    }

    func testFolderSymlinkLoopDoesNotTrapTheWalk() throws {
        try folder.write("a/cv.txt", "Kind.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("a/back").path, withDestinationPath: "..")
        let result = try svcscan.run([folder.url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.components(separatedBy: "cv.txt").count - 1, 1, result.stdout)
    }

    func testBrokenSymlinkIsNamedAsBroken() throws {
        let link = folder.url.appendingPathComponent("gone.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "nowhere.txt")
        let result = try svcscan.run([link])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(errorLines(result), ["svcscan: error: \(link): cannot read: a broken symbolic link (its target does not exist)"])
    }

    func testFileNameThatIsNotUTF8IsReadAndShownEscaped() throws {
        // "café.txt" in Latin-1: the é is the single byte 0xE9, not valid UTF-8.
        var raw = Array(folder.url.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let descriptor = raw.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        let text = Array("Calmed upset callers.\n".utf8)
        XCTAssertEqual(write(descriptor, text, text.count), text.count)
        close(descriptor)
        let result = try svcscan.run([folder.url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\(folder.url.path)/caf\\xE9.txt"), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{FFFD}"), result.stdout)
    }

    func testTerminalEscapesInADocumentNeverReachTheOutputRaw() throws {
        let path = try folder.write("escapes.txt", "SUMMARY\n\u{1B}[2J\u{1B}]0;owned\u{07}Helped \u{1B}[31mangry\u{1B}[0m customers calmly.\n")
        let result = try svcscan.run([path])
        XCTAssertFalse(result.stdout.contains("\u{1B}"), result.stdout)
        XCTAssertFalse(result.stderr.contains("\u{1B}"), result.stderr)
    }

    func testControlCharactersInAFileNameAreEscapedInErrors() throws {
        let path = try folder.write("bad\u{1B}[31mname.pdf", Array("%PDF-1.4\n".utf8))
        let result = try svcscan.run([path])
        XCTAssertEqual(result.status, 2)
        XCTAssertFalse(result.stderr.contains("\u{1B}"), result.stderr)
        XCTAssertTrue(result.stderr.contains("bad\\u{1B}[31mname.pdf: cannot read: "), result.stderr)
    }

    func testEveryHostileInputInOneBatchIsNamedAndTheGoodOneStillRead() throws {
        let good = try folder.write("good.docx", DOCXFixture(body: DOCXFixture.paragraph("Helped 40 guests a day")).bytes())
        let bad = [
            try folder.write("a.pdf", Array("%PDF-1.7\n".utf8)),
            try folder.write("b.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100)),
            try folder.write("c.txt", []),
            try folder.write("d.docx", Array(DOCXFixture(body: DOCXFixture.paragraph("x")).bytes().prefix(100))),
            try folder.write("e.txt", [0x00, 0x01, 0x02, 0xFF, 0x00]),
        ]
        let result = try svcscan.run(bad + [good])
        XCTAssertEqual(result.status, 2)
        let errors = errorLines(result)
        XCTAssertEqual(errors.count, bad.count, result.stderr)
        for (line, path) in zip(errors, bad) { XCTAssertTrue(line.hasPrefix("svcscan: error: \(path): "), line) }
        XCTAssertTrue(result.stdout.contains(good), result.stdout)
    }

    func testLimitFlagsMustBePositive() throws {
        for flag in ["--max-zip-entries", "--max-entry-bytes", "--max-total-bytes", "--max-inflate-ratio", "--max-text-bytes"] {
            let result = try svcscan.run([flag, "0", "-"], stdin: Array("Kind.\n".utf8))
            XCTAssertEqual(result.status, 2, flag)
            XCTAssertTrue(result.stderr.contains("\(flag) must be positive"), result.stderr)
        }
    }

    func testInputFileIsNeverWrittenMovedOrLocked() throws {
        let path = try folder.write("cv.docx", DOCXFixture(body: DOCXFixture.paragraph("Kind")).bytes())
        chmod(path, 0o444)
        let before = try FileManager.default.attributesOfItem(atPath: path)
        let bytes = FileManager.default.contents(atPath: path)
        XCTAssertEqual(try svcscan.run([path]).status, 0)
        let after = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual(FileManager.default.contents(atPath: path), bytes)
        XCTAssertEqual(before[.modificationDate] as? Date, after[.modificationDate] as? Date)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.url.path), ["cv.docx"])
    }
}
