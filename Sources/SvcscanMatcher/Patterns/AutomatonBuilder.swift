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
    /// The words of the patterns inserted; give it to the `PatternCompiler` that compiles them.
    let numbering = WordNumbering()

    private struct State {
        /// (word number in `numbering`, target) moves, in the order added: a word's targets
        /// keep that order in the finished automaton.
        var words: [(word: Int32, target: Int32)] = []
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
        var words: [Int32]
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
        var wordUsed = [Bool](repeating: false, count: numbering.words.count)
        var standing = [Bool](repeating: false, count: states.count)
        standing[0] = true
        for index in states.indices {
            for move in states[index].words {
                wordUsed[Int(move.word)] = true
                standing[Int(move.target)] = true
            }
            for target in states[index].number { standing[Int(target)] = true }
            for gap in states[index].gaps { standing[Int(gap.target)] = true }
        }
        // The automaton numbers the words it uses in alphabetical order.
        let used = wordUsed.indices.filter { wordUsed[$0] }.sorted { numbering.words[$0] < numbering.words[$1] }
        var vocabulary = [Int32](repeating: -1, count: numbering.words.count)
        for (rank, number) in used.enumerated() { vocabulary[number] = Int32(rank) }

        var layout = PhraseAutomaton.Layout()
        // The state whose empty moves are being followed when a state was last reached.
        var reachedFrom = [Int](repeating: -1, count: states.count)
        var stack: [Int] = []
        var moves: [(word: Int32, target: Int32)] = []
        var number: [Int32] = []
        var gaps: [(size: Int32, target: Int32)] = []
        var labels: [PhraseAutomaton.Label] = []
        for index in states.indices {
            moves.removeAll(keepingCapacity: true)
            number.removeAll(keepingCapacity: true)
            gaps.removeAll(keepingCapacity: true)
            labels.removeAll(keepingCapacity: true)
            if standing[index] {
                reachedFrom[index] = index
                stack.append(index)
                while let current = stack.popLast() {
                    for move in states[current].words { moves.append((vocabulary[Int(move.word)], move.target)) }
                    number += states[current].number
                    gaps += states[current].gaps
                    labels += states[current].labels
                    for next in states[current].empty where reachedFrom[Int(next)] != index {
                        reachedFrom[Int(next)] = index
                        stack.append(Int(next))
                    }
                }
            }
            layout.addStep(words: moves, number: number, gaps: gaps, labels: labels)
        }
        return PhraseAutomaton(vocabulary: used.map { numbering.words[$0] }, layout: layout)
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
            for word in words { states[Int(start)].words.append((word, end)) }
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
