import ArgumentParser
import SvcscanCore

extension DocumentFormat: ExpressibleByArgument {}

/// The options every command that reads documents shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders to read; '-' reads standard input.", completion: .file())
    var paths: [String] = []

    @Option(name: .long, help: "Read every input as this format instead of detecting it (txt, md, docx).")
    var inputFormat: DocumentFormat?

    @Option(name: .long, help: "Refuse files larger than this many bytes.")
    var maxSize: Int = 50 << 20

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be positive") }
    }

    /// The inputs to read, in order: explicit files as given, folders expanded to their
    /// supported files in sorted order. Throws `ExitCode(2)` after printing usage when there is
    /// nothing to read and standard input is a terminal.
    func sources(usage: String) throws -> [InputSource] {
        if paths.isEmpty {
            guard !Terminal.isTerminal(.standardInput) else {
                Diagnostics.printError(usage)
                throw ExitCode(2)
            }
            return [.standardInput]
        }
        return InputCollector().collect(paths)
    }
}
