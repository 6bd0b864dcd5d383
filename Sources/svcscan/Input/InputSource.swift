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
        case .file(let path), .unusable(let path, _): return Self.printable(FileSystemName.display(path))
        case .standardInput: return "-"
        }
    }

    private static func printable(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: isControl) else { return name }
        var result = ""
        for scalar in name.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
