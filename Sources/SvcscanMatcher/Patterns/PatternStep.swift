/// One position of a compiled pattern.
enum PatternStep: Hashable, Sendable {
    /// Any one of these normalised words.
    case words(Set<String>)
    /// Any number token (`#`).
    case number
    /// Up to this many arbitrary words (`...`, `...N`) inside the same sentence.
    case gap(Int)
}
