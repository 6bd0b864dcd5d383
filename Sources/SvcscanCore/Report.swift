/// Everything svcscan concluded about one document; reporters only format it.
public struct Report: Sendable {
    public var format: DocumentFormat
    public var kind: DocumentKind
    public var score: Score
    /// Every trait and role entry, in lexicon order, with its grade.
    public var traits: [TraitStatus]
    /// Sorted by position, then entry id.
    public var findings: [Finding]
    /// The changes that would raise the score most, best first (at most five).
    public var improvements: [Improvement]
    /// Findings silenced by inline `svcscan-disable` comments; they are neither listed nor scored.
    public var suppressedCount: Int
    public var warnings: [String]
    /// The document laid out by its locations (`Document.locatedLines()`: line N is `text[N - 1]`);
    /// kept only for reporters that show the document itself (`--format html`), empty otherwise.
    public var text: [String] = []

    public init(format: DocumentFormat, kind: DocumentKind, score: Score, traits: [TraitStatus], findings: [Finding],
                improvements: [Improvement], suppressedCount: Int = 0, warnings: [String] = []) {
        self.format = format
        self.kind = kind
        self.score = score
        self.traits = traits
        self.findings = findings
        self.improvements = improvements
        self.suppressedCount = suppressedCount
        self.warnings = warnings
    }
}
