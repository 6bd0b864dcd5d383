import ArgumentParser
import SvcscanCore
import SvcscanMatcher
import SvcscanReporters

/// `svcscan [scan] PATH...`: scores each input and explains the score.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Score documents and explain how to show customer service better (the default command).",
        discussion: """
        Exit codes: 0 every input was read and passed its thresholds; 1 a threshold failed \
        (--fail-under, --fail-on, --require); 2 a usage error or an input that could not be read \
        (the other inputs are still reported).

        Settings are read from the nearest .svcscan.yml above each file (then above the working \
        folder): lexicon, disable, severity, fail-under, fail-on, require. Flags override them.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var thresholds: ThresholdOptions
    @OptionGroup var lexiconOption: LexiconOption

    func run() throws {
        StandardOutput.ignoreBrokenPipeSignal()
        let sources = try input.sources(usage: Svcscan.helpMessage())
        var session = try ScanSession(lexiconOption: lexiconOption, thresholds: thresholds)
        var reporter = output.format.makeReporter(explain: output.explain, color: output.format == .text && output.color.isEnabled)
        let tool: ToolInfo
        do {
            tool = try session.toolInfo()
        } catch {
            Diagnostics.printError("\(error)")
            throw ExitCode(2)
        }
        StandardOutput.write(reporter.begin(tool))
        var summary = RunSummary(files: 0, read: 0, failed: 0, thresholdFailures: 0, exitCode: 0)
        DocumentReading(options: input).forEachResult(sources) { source, outcome in
            let result: FileResult
            switch outcome {
            case .success(let document):
                do {
                    result = try session.analyze(document, path: source.displayName, configurationFor: source == .standardInput ? nil : source.displayName)
                } catch {
                    Diagnostics.printError("\(error)")
                    result = FileResult(path: source.displayName, outcome: .failure("\(error)"))
                }
            case .failure(let error):
                result = FileResult(path: source.displayName, outcome: .failure("\(error)"))
            }
            summary.files += 1
            if result.report == nil { summary.failed += 1 } else { summary.read += 1 }
            if !result.thresholdFailures.isEmpty { summary.thresholdFailures += 1 }
            StandardOutput.write(reporter.file(result))
        }
        summary.exitCode = summary.failed > 0 ? 2 : summary.thresholdFailures > 0 ? 1 : 0
        StandardOutput.write(reporter.end(summary))
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
