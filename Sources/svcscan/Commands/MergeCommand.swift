import ArgumentParser
import Foundation
import SvcscanCore
import SvcscanReporters

/// `svcscan merge A.json B.json …`: one report and one cohort summary from several runs.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge --format json reports (for example the shards of --shard K/N) into one, with the summary recomputed.",
        discussion: "Exits with the merged run's code: 0 all good, 1 a threshold failed, 2 a file could not be read or merged."
    )

    enum MergeFormat: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @Argument(help: "Reports written by svcscan --format json.", completion: .file(extensions: ["json"]))
    var reports: [String]

    @Option(help: "json: the merged report; text: the cohort summary only.")
    var format: MergeFormat = .json

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("give at least one report to merge") }
    }

    func run() throws {
        var inputs: [(name: String, data: Data)] = []
        for path in reports {
            guard let data = FileManager.default.contents(atPath: path) else {
                Diagnostics.printError("\(path): cannot read")
                throw ExitCode(2)
            }
            inputs.append((path, data))
        }
        let merged: (json: String, summary: RunSummary)
        do {
            merged = try JSONMerger.merge(inputs)
        } catch {
            Diagnostics.printError("\(error)")
            throw ExitCode(2)
        }
        switch format {
        case .json:
            StandardOutput.write(merged.json)
        case .text:
            var reporter = TextReporter()
            StandardOutput.write(reporter.end(merged.summary))
        }
        if merged.summary.exitCode != 0 { throw ExitCode(merged.summary.exitCode) }
    }
}
