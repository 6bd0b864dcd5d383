import SvcscanCore

/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Rule metadata
/// comes from the lexicon, severity maps to `level` (suggestion → note), rewrites become
/// `fixes`, and `columnKind` is `unicodeCodePoints`. Positive evidence (`info`) is not a result;
/// unreadable inputs are tool execution notifications.
public struct SARIFReporter: Reporter {
    private var tool = ToolInfo(name: "svcscan", version: "", rules: [])
    private var ruleIndex: [String: Int] = [:]
    private var results: [SARIFLog.Result] = []
    private var notifications: [SARIFLog.Notification] = []

    public init() {}

    public mutating func begin(_ tool: ToolInfo) -> String {
        self.tool = tool
        for (index, rule) in tool.rules.enumerated() { ruleIndex[rule.id] = index }
        return ""
    }

    public mutating func file(_ result: FileResult) -> String {
        let artifact = SARIFLog.ArtifactLocation(uri: Self.uri(for: result.path))
        switch result.outcome {
        case .failure(let message):
            notifications.append(SARIFLog.Notification(message: .init(text: message), locations: [.init(physicalLocation: .init(artifactLocation: artifact, region: nil))]))
        case .report(let report):
            for finding in report.findings where finding.severity > .info {
                let region = Self.region(finding.span, snippet: finding.excerpt)
                let fixes = finding.rewrite.map { rewrite in
                    [SARIFLog.Fix(description: .init(text: "Rewrite in your own words; fill the [slots] with facts only you know."),
                                  artifactChanges: [.init(artifactLocation: artifact, replacements: [
                                      .init(deletedRegion: Self.region(rewrite.span, snippet: nil), insertedContent: .init(text: rewrite.replacement)),
                                  ])])]
                }
                results.append(SARIFLog.Result(ruleId: finding.entryID, ruleIndex: ruleIndex[finding.entryID], level: Self.level(finding.severity),
                                               message: .init(text: finding.suggestion.isEmpty ? finding.message : "\(finding.message) \(finding.suggestion)"),
                                               locations: [.init(physicalLocation: .init(artifactLocation: artifact, region: region))], fixes: fixes))
            }
        }
        return ""
    }

    public mutating func end(_ summary: RunSummary) -> String {
        let rules = tool.rules.map { rule in
            SARIFLog.ReportingDescriptor(id: rule.id, name: rule.title, shortDescription: .init(text: rule.title), fullDescription: .init(text: rule.rationale),
                                         help: .init(text: rule.suggestion), defaultConfiguration: .init(level: Self.level(rule.severity)),
                                         properties: .init(family: rule.family.rawValue, seeds: rule.seeds))
        }
        let run = SARIFLog.Run(tool: .init(driver: .init(name: tool.name, version: tool.version, rules: rules)),
                               invocations: [.init(executionSuccessful: summary.failed == 0, toolExecutionNotifications: notifications)],
                               results: results)
        return JSONEncoding.encode(SARIFLog.Log(runs: [run]), pretty: true) + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion, .info: return "note"
        }
    }

    private static func region(_ span: Span, snippet: String?) -> SARIFLog.Region {
        SARIFLog.Region(startLine: span.start.line, startColumn: span.start.column, endLine: span.end.line, endColumn: span.end.column,
                        snippet: snippet.map { .init(text: $0) })
    }

    /// A URI reference for a path: relative paths stay relative, absolute ones become `file://`
    /// URIs; characters outside RFC 3986's unreserved set (and `/`) are percent-encoded; standard
    /// input is `stdin`.
    static func uri(for path: String) -> String {
        if path == "-" { return "stdin" }
        var result = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
