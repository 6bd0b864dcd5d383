import SvcscanCore

/// What the scorer needs from one finding: which entry, how strong (for evidence), and where.
struct ScoreInput: Hashable {
    var entry: Int
    /// Nil for phrasing findings, which cost points instead of earning them.
    var grade: EvidenceGrade?
    var location: SourceLocation
}
