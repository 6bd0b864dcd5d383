import Foundation

/// Writes diagnostics to standard error, one line each, prefixed with `svcscan:`.
enum Diagnostics {
    static func printError(_ message: String) {
        write("svcscan: error: \(message)\n")
    }

    static func printWarning(_ message: String) {
        write("svcscan: warning: \(message)\n")
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
