import Foundation

/// Runs poppler's `pdftotext -bbox-layout` on a PDF in a child process and returns what it wrote.
///
/// A separate process keeps poppler's licence (GPL) apart from svcscan's and contains whatever a
/// hostile PDF does to it: the child runs with a cap on its address space and CPU time, is killed
/// when it outlives `timeout`, reads at most `maxPages` pages, and its output is cut off (and the
/// child killed) past `maxOutputBytes`. The PDF is written to a private temporary folder
/// (mode 0700) that is removed afterwards; nothing of the user's is touched.
struct PDFTextProcess {
    var limits: PDFLimits
    /// The `pdftotext` to run; nil when none was found.
    var executable: String?

    /// Where `pdftotext` is: `$SVCSCAN_PDFTOTEXT`, or the first one on `$PATH`.
    static let defaultExecutable: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["SVCSCAN_PDFTOTEXT"], !chosen.isEmpty { return chosen }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/pdftotext" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The `-bbox-layout` XHTML for `bytes`; throws `DocumentError` when poppler cannot read them.
    func run(_ bytes: [UInt8]) throws -> [UInt8] {
        guard let executable else {
            throw DocumentError.unreadable(reason: "reading PDF needs poppler's pdftotext (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("svcscan-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.pdf")
        guard FileManager.default.createFile(atPath: input.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw DocumentError.unreadable(reason: "could not write a temporary copy for pdftotext in \(folder.path)")
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The shell sets the limits, then becomes pdftotext (same process id, so killing it on a
        // timeout kills pdftotext). ulimit -v is in KiB, -t in seconds of CPU; a system that has
        // no address-space limit (macOS) still runs pdftotext, under the wall-clock watchdog.
        process.arguments = [
            "-c", "ulimit -v \(limits.maxMemoryBytes / 1024) 2>/dev/null; ulimit -t \(Int(limits.timeout.rounded(.up))) 2>/dev/null; exec \"$0\" \"$@\"",
            executable, "-bbox-layout", "-enc", "UTF-8", "-q", "-l", "\(limits.maxPages)", input.path, "-",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw DocumentError.unreadable(reason: "could not start pdftotext: \(error.localizedDescription)")
        }
        let watchdog = Watchdog(process: process, after: limits.timeout)
        var result: [UInt8] = []
        var overflow = false
        let reader = output.fileHandleForReading
        while let chunk = try? reader.read(upToCount: 256 << 10), !chunk.isEmpty {
            if result.count + chunk.count > limits.maxOutputBytes {
                overflow = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            result.append(contentsOf: chunk)
        }
        try? reader.close()
        process.waitUntilExit()
        let timedOut = watchdog.stop()
        if timedOut {
            let seconds = limits.timeout == limits.timeout.rounded() ? String(Int(limits.timeout)) : String(limits.timeout)
            throw DocumentError.unreadable(reason: "reading this PDF took longer than \(seconds) s (a file built to stall readers, or far too long)")
        }
        if overflow {
            throw DocumentError.limitExceeded(what: "text pdftotext wrote for this PDF (bytes)", limit: limits.maxOutputBytes)
        }
        if process.terminationReason == .uncaughtSignal {
            throw DocumentError.unreadable(reason: "pdftotext stopped on signal \(process.terminationStatus) reading this PDF (a broken file, or past the \(limits.maxMemoryBytes >> 20) MiB memory limit)")
        }
        switch process.terminationStatus {
        case 0: return result
        case 3: throw DocumentError.unreadable(reason: "the PDF's permissions forbid copying its text")
        default:
            if Self.isEncrypted(bytes) {
                throw DocumentError.unreadable(reason: "the PDF needs a password to open; save a copy without one")
            }
            throw DocumentError.unreadable(reason: "a broken or truncated PDF: pdftotext could not open it")
        }
    }

    /// True when the file's trailer names an encryption dictionary.
    private static func isEncrypted(_ bytes: [UInt8]) -> Bool {
        let marker = Array("/Encrypt".utf8)
        let tail = bytes.suffix(64 << 10)
        guard tail.count >= marker.count else { return false }
        return tail.indices.dropLast(marker.count - 1).contains { tail[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}

/// Kills a child process that runs past its time.
private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false
    private var fired = false

    init(process: Process, after seconds: Double) {
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !finished else { return }
            fired = true
            kill(pid, SIGKILL)
        }
    }

    /// Disarms the watchdog; true when it had already killed the process.
    func stop() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        return fired
    }
}
