/// Which list of an entry a pattern came from, which decides what its match means.
enum PatternRole: String, Hashable, Sendable {
    /// Names the trait (graded claimed).
    case claim
    /// Describes an action showing it (graded shown or proven).
    case behaviour
    /// A weak phrase to flag (existence and substitution entries).
    case phrase
    /// Makes a block acceptable for a metric entry.
    case unless
    /// Cancels the entry's other matches that it overlaps.
    case except
    /// Marks a line that could show a missing trait (no credit, only advice on where to show it).
    case hint

    /// The role's number in the automaton's tables and in compiled lexicons.
    var number: Int32 {
        switch self {
        case .claim: return 0
        case .behaviour: return 1
        case .phrase: return 2
        case .unless: return 3
        case .except: return 4
        case .hint: return 5
        }
    }

    /// The role with this `number`, if any.
    init?(number: Int32) {
        switch number {
        case 0: self = .claim
        case 1: self = .behaviour
        case 2: self = .phrase
        case 3: self = .unless
        case 4: self = .except
        case 5: self = .hint
        default: return nil
        }
    }
}
