/// What a reporter may say about a lexicon entry (SARIF rule metadata, CSV columns), so
/// reporters never need the lexicon itself.
public struct Rule: Hashable, Sendable {
    public var id: String
    public var family: EntryFamily
    public var title: String
    public var severity: Severity
    /// True for trait and role entries, which are graded rather than flagged.
    public var isEvidence: Bool
    public var message: String
    public var rationale: String
    public var suggestion: String
    /// Seed file stems the entry grows from.
    public var seeds: [String]

    public init(id: String, family: EntryFamily, title: String, severity: Severity, isEvidence: Bool, message: String,
                rationale: String, suggestion: String, seeds: [String]) {
        self.id = id
        self.family = family
        self.title = title
        self.severity = severity
        self.isEvidence = isEvidence
        self.message = message
        self.rationale = rationale
        self.suggestion = suggestion
        self.seeds = seeds
    }
}
