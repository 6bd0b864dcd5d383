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
}
