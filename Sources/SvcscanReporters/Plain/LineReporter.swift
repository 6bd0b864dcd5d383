import SvcscanCore

/// `--format line`: one finding per line, `path:line:column: severity: id: message`, sorted by
/// position then id, for scripts and end-to-end tests. Unreadable inputs are reported on
/// standard error by the caller, not here.
public struct LineReporter: Reporter {
    public init() {}

    public mutating func file(_ result: FileResult) -> String {
        switch result.outcome {
        case .failure:
            return ""
        case .report(let report):
            let path = TerminalSafety.clean(result.path)
            return report.findings
                .sorted { ($0.span.start, $0.entryID) < ($1.span.start, $1.entryID) }
                .map { "\(path):\($0.span.start.line):\($0.span.start.column): \($0.severity.rawValue): \($0.entryID): \(TerminalSafety.clean($0.message))\n" }
                .joined()
        }
    }
}
