/// One thing to read: a file found on disk, standard input, or a path that could not be used.
enum InputSource: Sendable, Equatable {
    case file(path: String)
    case standardInput
    /// A path given by the user that cannot be read, with the reason.
    case unusable(path: String, reason: String)

    /// The name shown in output (`-` for standard input).
    var displayName: String {
        switch self {
        case .file(let path), .unusable(let path, _): return path
        case .standardInput: return "-"
        }
    }
}
