/// Chooses which raw automaton matches count: for each entry, the longest matches that do not
/// overlap (on a tie, the earlier one, and behaviour before claim), after dropping those that
/// overlap one of the entry's `except` matches.
enum MatchSelector {
    static func select(_ matches: [PhraseAutomaton.Match]) -> [PhraseAutomaton.Match] {
        let exceptions = matches.filter { $0.label.role == .except }
        let kept = exceptions.isEmpty ? matches : matches.filter { match in
            match.label.role != .except && !exceptions.contains {
                $0.label.entry == match.label.entry && $0.start <= match.end && match.start <= $0.end
            }
        }
        let ordered = kept.sorted { a, b in
            if a.label.entry != b.label.entry { return a.label.entry < b.label.entry }
            let lengthA = a.end - a.start, lengthB = b.end - b.start
            if lengthA != lengthB { return lengthA > lengthB }
            if a.start != b.start { return a.start < b.start }
            return priority(a.label.role) < priority(b.label.role)
        }
        var chosen: [PhraseAutomaton.Match] = []
        var taken: [Int: [ClosedRange<Int>]] = [:]
        for match in ordered {
            // `unless` and `hint` matches only answer a question; they never block a finding.
            let key = match.label.role == .unless ? -1 - match.label.entry
                : match.label.role == .hint ? -(1 << 24) - match.label.entry : match.label.entry
            let range = match.start...match.end
            if taken[key, default: []].contains(where: { $0.overlaps(range) }) { continue }
            taken[key, default: []].append(range)
            chosen.append(match)
        }
        return chosen.sorted { ($0.start, $0.label.entry) < ($1.start, $1.label.entry) }
    }

    private static func priority(_ role: PatternRole) -> Int {
        switch role {
        case .behaviour: return 0
        case .phrase: return 1
        case .claim: return 2
        case .unless: return 3
        case .except: return 4
        case .hint: return 5
        }
    }
}
