import SvcscanReporters

/// One thing to read: a file found on disk, standard input, or a path that could not be used.
enum InputSource: Sendable, Equatable {
    /// `path` may hold bytes that are not UTF-8, kept as `FileSystemName` describes.
    case file(path: String)
    case standardInput
    /// A path given by the user that cannot be read, with the reason.
    case unusable(path: String, reason: String)

    /// The name shown in output (`-` for standard input): bytes that are not UTF-8 appear as
    /// `\xNN`, and control characters as `\u{…}`, so a file name cannot drive the terminal.
    var displayName: String {
        switch self {
        case .file(let path), .unusable(let path, _): return TerminalSafety.clean(FileSystemName.display(path))
        case .standardInput: return "-"
        }
    }
}
