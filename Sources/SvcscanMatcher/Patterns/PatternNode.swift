/// A compiled pattern: a small tree the automaton is built from.
indirect enum PatternNode: Hashable, Sendable {
    /// Any one of these normalised words, by their numbers in the compiler's `WordNumbering`,
    /// ascending.
    case words([Int32])
    /// Any number token (`#`).
    case number
    /// Up to this many arbitrary words (`...`, `...N`) inside the same sentence.
    case gap(Int)
    case sequence([PatternNode])
    case alternatives([PatternNode])
    case optional(PatternNode)

    /// True when the node can match zero words.
    var isNullable: Bool {
        switch self {
        case .words, .number: return false
        case .gap: return true
        case .sequence(let items): return items.allSatisfy(\.isNullable)
        case .alternatives(let options): return options.contains(where: \.isNullable)
        case .optional: return true
        }
    }

    /// True when some match can start (or, with `fromEnd`, end) inside a gap.
    func hasGapAtEdge(fromEnd: Bool) -> Bool {
        switch self {
        case .words, .number: return false
        case .gap: return true
        case .optional(let inner): return inner.hasGapAtEdge(fromEnd: fromEnd)
        case .alternatives(let options): return options.contains { $0.hasGapAtEdge(fromEnd: fromEnd) }
        case .sequence(let items):
            for item in fromEnd ? items.reversed() : items {
                if item.hasGapAtEdge(fromEnd: fromEnd) { return true }
                if !item.isNullable { return false }
            }
            return false
        }
    }
}
