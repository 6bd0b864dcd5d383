import Foundation

/// Asks whether a standard stream is attached to a terminal.
enum Terminal {
    enum Stream {
        case standardInput, standardOutput, standardError
    }

    static func isTerminal(_ stream: Stream) -> Bool {
        switch stream {
        case .standardInput: return isatty(STDIN_FILENO) == 1
        case .standardOutput: return isatty(STDOUT_FILENO) == 1
        case .standardError: return isatty(STDERR_FILENO) == 1
        }
    }
}
