import Foundation
import SvcscanParsers

/// Expands the paths a user gave into the inputs to read.
///
/// Files named explicitly are always read, whatever their extension. Folders are walked
/// recursively in sorted order, skipping hidden files and folders and files whose extension
/// svcscan does not read; symbolic links to folders are not followed, so a link loop cannot
/// trap the walk. A folder that cannot be listed becomes an `.unusable` input (reported, the
/// rest goes on). Names that are not valid UTF-8 are kept byte for byte (`FileSystemName`).
struct InputCollector {
    func collect(_ paths: [String]) -> [InputSource] {
        let raw = Self.rawArguments()
        return paths.flatMap { argument -> [InputSource] in
            if argument == "-" { return [.standardInput] }
            // Swift decoded the argument with U+FFFD for invalid bytes; find the original.
            let path = argument.contains("\u{FFFD}") ? raw.first { String(decoding: $0, as: UTF8.self) == argument }.map(FileSystemName.string(from:)) ?? argument : argument
            var info = stat()
            guard stat(FileSystemName.bytes(of: path), &info) == 0 else {
                guard case .unreadable(let reason) = InputReader.failure(errno, path: FileSystemName.bytes(of: path)) else { return [] }
                return [.unusable(path: path, reason: reason)]
            }
            return info.st_mode & S_IFMT == S_IFDIR ? walk(path) : [.file(path: path)]
        }
    }

    private func walk(_ folder: String) -> [InputSource] {
        var found: [InputSource] = []
        var pending = [folder]
        while let current = pending.popLast() {
            let names: [String]
            do {
                names = try Self.list(current)
            } catch {
                found.append(.unusable(path: current, reason: "cannot list folder: \(error.reason)"))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                var info = stat()
                guard lstat(FileSystemName.bytes(of: path), &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: pending.append(path)
                // A link is read through (InputReader refuses what is not a regular file behind it).
                case S_IFREG, S_IFLNK: if Self.isSupported(name) { found.append(.file(path: path)) }
                default: break
                }
            }
        }
        return found.sorted { $0.displayName < $1.displayName }
    }

    private struct ListingError: Error {
        var reason: String
    }

    /// The entry names of `folder` (without `.` and `..`), read as bytes so none is lost.
    private static func list(_ folder: String) throws(ListingError) -> [String] {
        guard let directory = opendir(FileSystemName.bytes(of: folder)) else {
            throw ListingError(reason: errno == EACCES ? "permission denied" : String(cString: strerror(errno)))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                FileSystemName.string(from: buffer.prefix { $0 != 0 })
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The process's arguments as the bytes the shell passed.
    private static func rawArguments() -> [[UInt8]] {
        (0..<Int(CommandLine.argc)).compactMap { index in
            CommandLine.unsafeArgv[index].map { pointer in
                Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
            }
        }
    }

    private static func isSupported(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), !name.hasPrefix("~$") else { return false }
        return FormatSniffer.supportedExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
