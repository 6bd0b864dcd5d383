/// The fixed set of matcher kinds; each lexicon entry picks one.
public enum EntryKind: String, Sendable, CaseIterable {
    /// Positive evidence of a trait or role: `claim` and `behaviour` patterns, graded.
    case evidence
    /// A weak phrase flagged wherever it appears.
    case existence
    /// A weak phrase whose rewrite is built from the writer's words that follow it.
    case substitution
    /// A bullet in scope with no number and no `unless` match.
    case metric
}
