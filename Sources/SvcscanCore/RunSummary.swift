/// Totals for a whole run, written after the last file.
public struct RunSummary: Sendable, Equatable {
    public var files: Int
    public var read: Int
    public var failed: Int
    /// Files that failed at least one threshold.
    public var thresholdFailures: Int
    /// The exit code the run ends with: 0 all good, 1 a threshold failed, 2 an input could not be read.
    public var exitCode: Int32
    public var cohort: CohortSummary

    public init(files: Int, read: Int, failed: Int, thresholdFailures: Int, exitCode: Int32, cohort: CohortSummary = CohortSummary()) {
        self.files = files
        self.read = read
        self.failed = failed
        self.thresholdFailures = thresholdFailures
        self.exitCode = exitCode
        self.cohort = cohort
    }
}
