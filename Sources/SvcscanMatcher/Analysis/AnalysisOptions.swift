import SvcscanCore

/// Per-run adjustments from configuration: entries switched off and severities changed.
public struct AnalysisOptions: Sendable, Equatable {
    /// Entry ids (or aliases) that produce no findings and no points.
    public var disabled: Set<String>
    /// New severities by entry id.
    public var severities: [String: Severity]

    public init(disabled: Set<String> = [], severities: [String: Severity] = [:]) {
        self.disabled = disabled
        self.severities = severities
    }
}
