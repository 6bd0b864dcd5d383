import SvcscanCore
import SvcscanReporters

/// Runs one fixed report, one unreadable file and a summary through a reporter, as a scan would.
public enum SampleRun {
    public static let tool = ToolInfo(name: "svcscan", version: "<VERSION>", rules: [
        Rule(id: "trait.patience", family: .trait, title: "Patience", severity: .suggestion, isEvidence: true, message: "Patience is named but not shown.",
             rationale: "Calm service keeps customers.", suggestion: "Describe a time you stayed calm.", seeds: ["002_3e47d299f258dafe"]),
        Rule(id: "trait.kindness", family: .trait, title: "Kindness and empathy", severity: .suggestion, isEvidence: true, message: "Empathy is named but not shown.",
             rationale: "Customers remember how they were treated.", suggestion: "Describe someone you helped.", seeds: ["002_3e47d299f258dafe"]),
        Rule(id: "role.outcome", family: .role, title: "Business outcome", severity: .suggestion, isEvidence: true, message: "Name the outcome.",
             rationale: "Results matter.", suggestion: "Name the result.", seeds: ["004_3c154e5a6bf54437"]),
        Rule(id: "phrasing.duty.responsible-for", family: .phrasing, title: "Duty phrasing", severity: .warning, isEvidence: false,
             message: "'Responsible for' describes an assignment.", rationale: "Employers read results.", suggestion: "Start with the verb.", seeds: ["002_3e47d299f258dafe"]),
    ])

    public static func render(_ format: OutputFormat) -> String {
        var reporter = format.makeReporter(explain: false, color: false)
        var out = reporter.begin(tool)
        out += reporter.file(FileResult(path: SampleReport.path, outcome: .report(SampleReport.make()), thresholdFailures: ["score 23 is under 60 (--fail-under)"]))
        out += reporter.file(FileResult(path: "<PATH>/broken, \"old\".docx", outcome: .failure("broken zip archive: Not a zip archive")))
        out += reporter.end(RunSummary(files: 2, read: 1, failed: 1, thresholdFailures: 1, exitCode: 2))
        return out
    }
}
