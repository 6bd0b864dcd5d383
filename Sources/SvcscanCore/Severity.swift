/// How much a finding matters. Ordered: `info` < `suggestion` < `warning` < `error`.
///
/// `info` marks positive evidence (a trait shown or proven); the others ask for a change.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info
    case suggestion
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .suggestion: return 1
        case .warning: return 2
        case .error: return 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
