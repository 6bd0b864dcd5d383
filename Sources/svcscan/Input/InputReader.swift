import Foundation
import SvcscanParsers

/// Reads the bytes of an input without ever writing to, moving or locking it, refusing anything
/// that is not a regular file, and never blocking on one.
///
/// The file is checked with `stat` (which follows symbolic links) for a clear message, then opened
/// read-only with `O_NONBLOCK | O_NOCTTY` and checked again with `fstat` on the open descriptor:
/// a path swapped for a FIFO between the two is refused instead of blocking the run (issue 6).
struct InputReader {
    var maxSize: Int

    func read(_ source: InputSource) throws -> [UInt8] {
        switch source {
        case .standardInput:
            let data = FileHandle.standardInput.readData(ofLength: maxSize + 1)
            guard data.count <= maxSize else { throw DocumentError.tooLarge(bytes: data.count, limit: maxSize) }
            return [UInt8](data)
        case .unusable(_, let reason):
            throw DocumentError.unreadable(reason: reason)
        case .file(let path):
            return try readFile(path)
        }
    }

    private func readFile(_ path: String) throws -> [UInt8] {
        let raw = FileSystemName.bytes(of: path)
        var info = stat()
        guard stat(raw, &info) == 0 else { throw Self.failure(errno, path: raw) }
        try Self.requireRegularFile(info.st_mode)
        guard Int(info.st_size) <= maxSize else { throw DocumentError.tooLarge(bytes: Int(info.st_size), limit: maxSize) }

        let descriptor = open(raw, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(errno, path: raw) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw Self.failure(errno, path: raw) }
        try Self.requireRegularFile(info.st_mode)

        // Read to the end (the file may have grown since stat), stopping one byte past the limit.
        var result: [UInt8] = []
        result.reserveCapacity(min(Int(info.st_size), maxSize) + 1)
        // Uninitialised and appended by memcpy: zeroing a chunk and appending it element by
        // element cost more than the rest of opening a file.
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64 << 10)
        defer { chunk.deallocate() }
        while true {
            let wanted = min(chunk.count, maxSize + 1 - result.count)
            let count = Glibc.read(descriptor, chunk.baseAddress!, wanted)
            if count < 0 {
                if errno == EINTR { continue }
                throw DocumentError.unreadable(reason: "read failed: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return result }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<count]))
            guard result.count <= maxSize else { throw DocumentError.tooLarge(bytes: result.count, limit: maxSize) }
        }
    }

    /// Refuses anything but a regular file, naming what it is.
    private static func requireRegularFile(_ mode: mode_t) throws {
        let what: String
        switch mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: what = "a folder"
        case S_IFIFO: what = "a named pipe (FIFO)"
        case S_IFCHR: what = "a character device"
        case S_IFBLK: what = "a block device"
        case S_IFSOCK: what = "a socket"
        default: what = "not a regular file"
        }
        throw DocumentError.unreadable(reason: "\(what), not a regular file; svcscan reads only regular files")
    }

    /// The error for a failed `stat` or `open`, in words a user can act on.
    static func failure(_ code: Int32, path: [CChar]) -> DocumentError {
        switch code {
        case ELOOP: return .unreadable(reason: "a symbolic link loop (too many levels of symbolic links)")
        case ENOENT:
            var info = stat()
            if lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK {
                return .unreadable(reason: "a broken symbolic link (its target does not exist)")
            }
            return .unreadable(reason: "no such file or folder")
        case EACCES, EPERM: return .unreadable(reason: "permission denied")
        default: return .unreadable(reason: String(cString: strerror(code)))
        }
    }
}
