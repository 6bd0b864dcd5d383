import ArgumentParser
import SvcscanCore
import SvcscanMatcher
import SvcscanReporters

/// `svcscan [scan] PATH...`: scores each input and explains the score.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Score documents and explain how to show customer service better (the default command)."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOption: LexiconOption

    @Flag(help: "Print the score trace: every point and the finding it comes from.")
    var explain = false

    func run() throws {
        let sources = try input.sources(usage: Svcscan.helpMessage())
        let analyzer = Analyzer(lexicon: try lexiconOption.load())
        let reporter = TextReporter(explain: explain)
        let allRead = DocumentReading(options: input).forEachDocument(sources) { source, document in
            print(reporter.render(path: source.displayName, report: analyzer.analyze(document)), terminator: "")
        }
        if !allRead { throw ExitCode(2) }
    }
}
