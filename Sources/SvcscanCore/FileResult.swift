/// The outcome for one input of a run: its report, or why it could not be read.
public struct FileResult: Sendable {
    public enum Outcome: Sendable {
        case report(Report)
        /// A one-line reason the input could not be read.
        case failure(String)
    }

    /// The path as the user gave it or as found in a folder (`-` for standard input).
    public var path: String
    public var outcome: Outcome
    /// Thresholds this file failed (`--fail-under`, `--fail-on`, `--require`), one line each.
    public var thresholdFailures: [String]

    public init(path: String, outcome: Outcome, thresholdFailures: [String] = []) {
        self.path = path
        self.outcome = outcome
        self.thresholdFailures = thresholdFailures
    }

    public var report: Report? {
        if case .report(let report) = outcome { return report }
        return nil
    }
}
