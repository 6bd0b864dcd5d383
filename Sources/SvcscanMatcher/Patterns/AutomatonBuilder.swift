/// Builds a `PhraseAutomaton`: patterns are added as `PatternNode` trees (Thompson's
/// construction, with empty moves between the pieces), then `finish()` follows the empty moves
/// and lays the result out in the flat tables matching reads.
///
/// Patterns that begin alike share states, as in a trie: reading the same words from the same
/// state always leads to the same state. That is sound because such a state is entered only by
/// those words from that one state (optional parts join on a fresh state instead of adding an
/// empty move into it), so every path through it is a path of each pattern using it. It keeps
/// one live thread, not one per pattern, for a common first word.
struct AutomatonBuilder {
    private struct State {
        var words: [String: [Int32]] = [:]
        var number: [Int32] = []
        var gaps: [(size: Int32, target: Int32)] = []
        var empty: [Int32] = []
        var labels: [PhraseAutomaton.Label] = []
    }

    private var states: [State] = [State()]
    /// The state reached by reading a set of words from a state, for sharing.
    private var wordTargets: [WordMove: Int32] = [:]

    private struct WordMove: Hashable {
        var from: Int32
        var words: Set<String>
    }

    /// Adds one pattern ending in `label`.
    mutating func insert(_ pattern: PatternNode, label: PhraseAutomaton.Label) {
        let end = build(pattern, from: 0)
        states[Int(end)].labels.append(label)
    }

    /// The finished automaton. Only states a thread can stand on (the start and the targets of
    /// words, numbers and gaps) get a step, merged over everything their empty moves reach; the
    /// other states are only ever passed through. Lists are laid out in state and word order, so
    /// the same patterns always give the same tables.
    func finish() -> PhraseAutomaton {
        let words = Set(states.flatMap(\.words.keys)).sorted()
        let vocabulary = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, Int32($0)) })
        var standing: Set<Int32> = [0]
        for state in states {
            for targets in state.words.values { standing.formUnion(targets) }
            standing.formUnion(state.number)
            standing.formUnion(state.gaps.map(\.target))
        }
        var layout = PhraseAutomaton.Layout()
        for index in states.indices {
            guard standing.contains(Int32(index)) else {
                layout.addStep(words: [:], number: [], gaps: [], labels: [])
                continue
            }
            var merged = State()
            var seen: Set<Int32> = [Int32(index)]
            var stack: [Int32] = [Int32(index)]
            while let current = stack.popLast() {
                let state = states[Int(current)]
                for (word, targets) in state.words { merged.words[word, default: []] += targets }
                merged.number += state.number
                merged.gaps += state.gaps
                merged.labels += state.labels
                for next in state.empty where seen.insert(next).inserted { stack.append(next) }
            }
            let moves = Dictionary(uniqueKeysWithValues: merged.words.map { (vocabulary[$0.key] ?? 0, $0.value) })
            layout.addStep(words: moves, number: merged.number, gaps: merged.gaps, labels: merged.labels)
        }
        return PhraseAutomaton(vocabulary: words, layout: layout)
    }

    private mutating func newState() -> Int32 {
        states.append(State())
        return Int32(states.count - 1)
    }

    /// Adds states for `node` starting at `start`; returns the state reached after it.
    private mutating func build(_ node: PatternNode, from start: Int32) -> Int32 {
        switch node {
        case .words(let words):
            let move = WordMove(from: start, words: words)
            if let shared = wordTargets[move] { return shared }
            let end = newState()
            for word in words { states[Int(start)].words[word, default: []].append(end) }
            wordTargets[move] = end
            return end
        case .number:
            let end = newState()
            states[Int(start)].number.append(end)
            return end
        case .gap(let size):
            let end = newState()
            states[Int(start)].gaps.append((Int32(size), end))
            return end
        case .sequence(let items):
            return items.reduce(start) { build($1, from: $0) }
        case .alternatives(let options):
            let end = newState()
            for option in options {
                let branch = newState()
                states[Int(start)].empty.append(branch)
                states[Int(build(option, from: branch))].empty.append(end)
            }
            return end
        case .optional(let inner):
            let join = newState()
            states[Int(build(inner, from: start))].empty.append(join)
            states[Int(start)].empty.append(join)
            return join
        }
    }
}
