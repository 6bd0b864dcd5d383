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

    init(lexiconOption: LexiconOption, thresholds: ThresholdOptions) throws {
        self.lexiconOption = lexiconOption
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
        let (configuration, lexicon, analyzer) = try lock.withLock { () throws -> (Configuration?, Lexicon, Analyzer) in
            let configuration = try self.configuration(for: input)
            let lexicon = try self.lexicon(at: lexiconOption.lexicon ?? configuration?.lexicon)
            let options = AnalysisOptions(disabled: configuration?.disabled ?? [], severities: configuration?.severities ?? [:])
            let key = "\(lexiconOption.lexicon ?? configuration?.lexicon ?? "")|\(options.disabled.sorted())|\(options.severities.sorted { $0.key < $1.key })"
            let analyzer = analyzers[key] ?? Analyzer(lexicon: lexicon, options: options)
            analyzers[key] = analyzer
            return (configuration, lexicon, analyzer)
        }
        let report = analyzer.analyze(document)
        var thresholds = Thresholds(failUnder: flags.failUnder ?? configuration?.failUnder, failOn: flags.failOn ?? configuration?.failOn)
        do {
            thresholds.require = try (flags.require + (configuration?.require ?? [])).map { try Requirement.parse($0, lexicon: lexicon) }
        } catch {
            throw ConfigurationError(message: "--require \(error)")
        }
        return FileResult(path: path, outcome: .report(report), thresholdFailures: thresholds.failures(of: report))
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
