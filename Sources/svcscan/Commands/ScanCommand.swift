import ArgumentParser
import SvcscanCore
import SvcscanMatcher
import SvcscanParsers
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

        Files are processed in parallel (--jobs) but always reported in sorted path order, so \
        --jobs 1 and --jobs 8 print the same bytes.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var thresholds: ThresholdOptions
    @OptionGroup var batch: BatchOptions
    @OptionGroup var lexiconOption: LexiconOption

    func run() throws {
        StandardOutput.ignoreBrokenPipeSignal()
        MallocArena.useOne()
        LocalTimeZone.readOnce()
        let given = try input.sources(usage: Svcscan.helpMessage())
        let sources = batch.shard.map { shard in given.filter { shard.contains($0.displayName) } } ?? given
        let session = try ScanSession(lexiconOption: lexiconOption, thresholds: thresholds, keepsText: output.format.showsDocumentText)
        let tool: ToolInfo
        do {
            tool = try session.toolInfo()
        } catch {
            Diagnostics.printError("\(error)")
            throw ExitCode(2)
        }
        var reporter = output.format.makeReporter(explain: output.explain, color: output.format == .text && output.color.isEnabled)
        StandardOutput.write(reporter.begin(tool))
        let job = InputJob(reader: input.inputReader, loader: input.documentLoader, format: input.inputFormat, session: session)
        let progress = ProgressBar(total: sources.count, quiet: batch.quiet)
        var summary = RunSummary(files: 0, read: 0, failed: 0, thresholdFailures: 0, exitCode: 0)
        OrderedPipeline<InputJob.Outcome>(count: sources.count, jobs: batch.jobs).run(work: { index in
            job.run(sources[index])
        }, consume: { _, outcome in
            progress.finish()
            outcome.errors.forEach(Diagnostics.printError)
            outcome.warnings.forEach(Diagnostics.printWarning)
            let result = outcome.result
            summary.files += 1
            if result.report == nil { summary.failed += 1 } else { summary.read += 1 }
            if !result.thresholdFailures.isEmpty { summary.thresholdFailures += 1 }
            summary.cohort.add(result)
            reporter.file(result, to: StandardOutput.write)
            progress.update(done: summary.files)
        })
        progress.finish()
        summary.exitCode = summary.failed > 0 ? 2 : summary.thresholdFailures > 0 ? 1 : 0
        StandardOutput.write(reporter.end(summary))
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
