import ArgumentParser
import SvcscanCore

/// `svcscan [scan] PATH...`: reads each input and reports on it.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Read documents and report on each (the default command)."
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let sources = try input.sources(usage: Svcscan.helpMessage())
        let allRead = DocumentReading(options: input).forEachDocument(sources) { source, document in
            let counts = document.blockCounts.map { "\($0.count) \($0.kind.rawValue)" }.joined(separator: ", ")
            print("\(source.displayName): \(document.format.rawValue), \(document.blocks.count) blocks (\(counts.isEmpty ? "no text" : counts))")
        }
        if !allRead { throw ExitCode(2) }
    }
}
