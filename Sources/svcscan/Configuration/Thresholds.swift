import SvcscanCore

/// The conditions a file must meet for the run to pass (exit 0): a minimum score, no finding at
/// or above a severity, and required traits at a minimum grade.
struct Thresholds: Equatable {
    var failUnder: Int?
    var failOn: Severity?
    var require: [Requirement] = []

    /// One line per failed condition; empty when the report passes.
    func failures(of report: Report) -> [String] {
        var failures: [String] = []
        if let failUnder, report.score.total < failUnder {
            failures.append("score \(report.score.total) is under \(failUnder) (--fail-under)")
        }
        if let failOn {
            let count = report.findings.filter { $0.severity >= failOn && $0.severity > .info }.count
            if count > 0 { failures.append("\(count) finding\(count == 1 ? "" : "s") at or above \(failOn.rawValue) (--fail-on)") }
        }
        for requirement in require {
            let grade = report.traits.first { $0.entryID == requirement.entryID }?.grade ?? .missing
            if grade < requirement.grade {
                failures.append("\(requirement.entryID) is \(grade.rawValue), required \(requirement.grade.rawValue) (--require)")
            }
        }
        return failures
    }
}
