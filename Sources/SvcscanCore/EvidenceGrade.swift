/// How strongly a document evidences a trait, from weakest to strongest.
public enum EvidenceGrade: String, Sendable, Codable, CaseIterable, Comparable {
    /// Not found at all.
    case missing
    /// Named only: an adjective in a summary or skills list ("patient, kind").
    case claimed
    /// A behaviour described in experience ("calmed callers whose orders were late").
    case shown
    /// A behaviour with an outcome or number ("… cutting escalations 30%").
    case proven

    private var rank: Int {
        switch self {
        case .missing: return 0
        case .claimed: return 1
        case .shown: return 2
        case .proven: return 3
        }
    }

    public static func < (lhs: EvidenceGrade, rhs: EvidenceGrade) -> Bool { lhs.rank < rhs.rank }
}
