import ArgumentParser
import Foundation

/// How a batch runs: parallelism, a share of the inputs, and the progress bar.
struct BatchOptions: ParsableArguments {
    @Option(name: .long, help: "Files processed at once (default: the number of cores). Output order never changes.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("Process only shard K of N (1-based): a deterministic share of the inputs for splitting a batch.", valueName: "K/N"))
    var shard: Shard?

    @Flag(name: .long, help: "No progress bar (it is only ever drawn on a terminal, and never in CI).")
    var quiet = false

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 256") }
    }
}
