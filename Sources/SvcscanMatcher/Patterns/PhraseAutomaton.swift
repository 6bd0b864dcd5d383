/// A token-level automaton over every pattern of a lexicon, so the cost of matching a word does
/// not grow with the number of entries: each token is one dictionary lookup per live state.
///
/// Built once per lexicon and shared read-only by all threads.
struct PhraseAutomaton: Sendable {
    /// What a pattern that reached an accepting state belongs to.
    struct Label: Hashable, Sendable {
        var entry: Int
        var role: PatternRole
    }

    /// A match of one pattern: tokens `start...end` (inclusive) of a block.
    struct Match: Hashable, Sendable {
        var label: Label
        var start: Int
        var end: Int
    }

    private struct Node: Sendable {
        var words: [String: [Int32]] = [:]
        var number: [Int32] = []
        /// A gap leaving this node: up to `size` skipped tokens, then `target`'s transitions.
        var gaps: [(size: Int, target: Int32)] = []
        var labels: [Label] = []
    }

    private var nodes: [Node] = [Node()]

    /// Adds one linear pattern sequence ending in `label`.
    mutating func insert(_ steps: [PatternStep], label: Label) {
        var current: Int32 = 0
        for step in steps {
            let next = Int32(nodes.count)
            nodes.append(Node())
            switch step {
            case .words(let words):
                for word in words { nodes[Int(current)].words[word, default: []].append(next) }
            case .number:
                nodes[Int(current)].number.append(next)
            case .gap(let size):
                nodes[Int(current)].gaps.append((size, next))
            }
            current = next
        }
        nodes[Int(current)].labels.append(label)
    }

    private struct Thread: Hashable {
        var node: Int32
        var start: Int32
        /// -1: the next token must follow `node`'s transitions. ≥ 0: inside a gap before `node`,
        /// with this many tokens still allowed to be skipped.
        var budget: Int32
    }

    /// Every match of every pattern in `tokens`; matches never cross a sentence boundary.
    func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        var threads: [Thread] = []
        var next: [Thread] = []
        var seen: Set<Thread> = []
        var sentence = -1
        for (position, token) in tokens.enumerated() {
            if token.sentence != sentence {
                threads.removeAll(keepingCapacity: true)
                sentence = token.sentence
            }
            threads.append(Thread(node: 0, start: Int32(position), budget: -1))
            next.removeAll(keepingCapacity: true)
            seen.removeAll(keepingCapacity: true)
            for thread in threads {
                let node = nodes[Int(thread.node)]
                var targets = node.words[token.key] ?? []
                if token.isNumber { targets += node.number }
                for target in targets {
                    advance(into: target, start: thread.start, position: position, next: &next, seen: &seen, found: &found)
                }
                if thread.budget > 0 {
                    let stay = Thread(node: thread.node, start: thread.start, budget: thread.budget - 1)
                    if seen.insert(stay).inserted { next.append(stay) }
                }
            }
            swap(&threads, &next)
        }
        return found
    }

    private func advance(into target: Int32, start: Int32, position: Int, next: inout [Thread], seen: inout Set<Thread>, found: inout [Match]) {
        let node = nodes[Int(target)]
        for label in node.labels {
            found.append(Match(label: label, start: Int(start), end: position))
        }
        if !node.words.isEmpty || !node.number.isEmpty {
            let thread = Thread(node: target, start: start, budget: -1)
            if seen.insert(thread).inserted { next.append(thread) }
        }
        for gap in node.gaps {
            let thread = Thread(node: gap.target, start: start, budget: Int32(gap.size))
            if seen.insert(thread).inserted { next.append(thread) }
        }
    }
}
