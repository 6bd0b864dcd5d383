import ArgumentParser
import Foundation
import SvcscanCore
import SvcscanMatcher

/// What one scan run shares across its files: the configuration found for each, and one
/// analyzer per distinct lexicon and options (each compiled lexicon is loaded once). Safe to use
/// from several worker threads: the caches are guarded by a lock, analysis runs outside it.
final class ScanSession: @unchecked Sendable {
    private let lock = NSLock()
    private let lexiconOption: LexiconOption
    private let flags: ThresholdOptions
    private let finder = ConfigurationFinder()
    private var configurations: [String: Configuration] = [:]
    private var lexicons: [String: Lexicon] = [:]
    private var analyzers: [String: Analyzer] = [:]
    /// By configuration file path; "" when no configuration applies.
    private var setups: [String: Setup] = [:]
    /// Keep each document's text in its report (for `--format html`).
    private let keepsText: Bool

    init(lexiconOption: LexiconOption, thresholds: ThresholdOptions, keepsText: Bool = false) throws {
        self.lexiconOption = lexiconOption
        self.keepsText = keepsText
        self.flags = thresholds
        if let path = thresholds.config {
            do {
                configurations[path] = try Configuration.load(path: path)
            } catch {
                Diagnostics.printError("\(error)")
                throw ExitCode(2)
            }
        }
    }

    /// Tool identity and the rules of the lexicon given on the command line (or the built-in one).
    func toolInfo() throws -> ToolInfo {
        let lexicon = try lock.withLock { try self.lexicon(at: lexiconOption.lexicon) }
        let rules = lexicon.entries.map { entry in
            Rule(id: entry.id, family: entry.family, title: entry.title, severity: entry.severity, isEvidence: entry.kind == .evidence,
                 message: entry.message, rationale: entry.rationale, suggestion: entry.suggestion, seeds: entry.seeds)
        }
        return ToolInfo(name: "svcscan", version: Svcscan.version, rules: rules)
    }

    /// The report for one document with its threshold failures; `configurationFor` is the
    /// input's path (nil for standard input). Throws when its configuration or lexicon is bad.
    func analyze(_ document: Document, path: String, configurationFor input: String?) throws -> FileResult {
        let setup = try lock.withLock { try self.setup(for: input) }
        var report = setup.analyzer.analyze(document)
        if keepsText { report.text = document.locatedLines() }
        let thresholds = try setup.thresholds.get()
        return FileResult(path: path, outcome: .report(report), thresholdFailures: thresholds.failures(of: report))
    }

    /// What every file under one configuration shares, worked out once per configuration.
    private struct Setup {
        let analyzer: Analyzer
        let thresholds: Result<Thresholds, ConfigurationError>
    }

    private func setup(for input: String?) throws -> Setup {
        let configuration = try self.configuration(for: input)
        let key = configuration?.path ?? ""
        if let known = setups[key] { return known }
        let lexiconPath = lexiconOption.lexicon ?? configuration?.lexicon
        let lexicon = try self.lexicon(at: lexiconPath)
        let options = AnalysisOptions(disabled: configuration?.disabled ?? [], severities: configuration?.severities ?? [:])
        let analyzerKey = "\(lexiconPath ?? "")|\(options.disabled.sorted())|\(options.severities.sorted { $0.key < $1.key })"
        let analyzer = analyzers[analyzerKey] ?? Analyzer(lexicon: lexicon, options: options)
        analyzers[analyzerKey] = analyzer
        let thresholds = Result { try (flags.require + (configuration?.require ?? [])).map { try Requirement.parse($0, lexicon: lexicon) } }
            .map { Thresholds(failUnder: flags.failUnder ?? configuration?.failUnder, failOn: flags.failOn ?? configuration?.failOn, require: $0) }
            .mapError { ConfigurationError(message: "--require \($0)") }
        let setup = Setup(analyzer: analyzer, thresholds: thresholds)
        setups[key] = setup
        return setup
    }

    private func configuration(for input: String?) throws -> Configuration? {
        if flags.noConfig { return nil }
        if let explicit = flags.config { return configurations[explicit] }
        guard let path = finder.configurationPath(for: input) else { return nil }
        if let known = configurations[path] { return known }
        let loaded = try Configuration.load(path: path)
        configurations[path] = loaded
        return loaded
    }

    private func lexicon(at path: String?) throws -> Lexicon {
        let key = path ?? ""
        if let known = lexicons[key] { return known }
        let loaded: Lexicon
        do {
            loaded = try path.map { try Lexicon.load(path: $0) } ?? Lexicon.embedded()
        } catch let problems as Lexicon.Problems {
            throw ConfigurationError(message: "lexicon \(path ?? "(built-in)"): " + problems.errors.map(\.description).joined(separator: "; "))
        }
        lexicons[key] = loaded
        return loaded
    }
}
