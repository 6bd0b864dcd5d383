/// A token-level automaton over every pattern of a lexicon, so the cost of matching a word does
/// not grow with the number of entries: each token is one dictionary lookup per live state.
///
/// Patterns are added as `PatternNode` trees (Thompson's construction, with empty moves between
/// the pieces); call `finalize()` once after the last insert. Built once per lexicon and shared
/// read-only by all threads.
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

    private struct Gap: Sendable {
        var size: Int32
        var target: Int32
    }

    private struct State: Sendable {
        var words: [String: [Int32]] = [:]
        var number: [Int32] = []
        var gaps: [Gap] = []
        var empty: [Int32] = []
        var labels: [Label] = []
    }

    /// What a state can do once its empty moves are followed, merged into one table so each
    /// token costs one dictionary lookup per live thread — however many patterns start with a
    /// group (which Thompson's construction hangs off the start state by empty moves).
    private struct Step: Sendable {
        var words: [String: [Int32]] = [:]
        var number: [Int32] = []
        var gaps: [Gap] = []
        var labels: [Label] = []
        /// True when any word or number can follow.
        var isLive: Bool { !words.isEmpty || !number.isEmpty }
    }

    private var states: [State] = [State()]
    private var steps: [Step] = []

    /// Adds one pattern ending in `label`.
    mutating func insert(_ pattern: PatternNode, label: Label) {
        let end = build(pattern, from: 0)
        states[Int(end)].labels.append(label)
    }

    /// Follows empty moves and merges each state's reachable transitions; required before
    /// `matches(in:)`.
    mutating func finalize() {
        steps = states.indices.map { index in
            let own = states[index]
            if own.empty.isEmpty {
                return Step(words: own.words, number: own.number, gaps: own.gaps, labels: own.labels)
            }
            var seen: Set<Int32> = [Int32(index)]
            var stack: [Int32] = [Int32(index)]
            var step = Step()
            while let current = stack.popLast() {
                let state = states[Int(current)]
                for (word, targets) in state.words { step.words[word, default: []] += targets }
                step.number += state.number
                step.gaps += state.gaps
                step.labels += state.labels
                for next in state.empty where seen.insert(next).inserted { stack.append(next) }
            }
            return step
        }
    }

    private mutating func newState() -> Int32 {
        states.append(State())
        return Int32(states.count - 1)
    }

    /// Adds states for `node` starting at `start`; returns the state reached after it.
    private mutating func build(_ node: PatternNode, from start: Int32) -> Int32 {
        switch node {
        case .words(let words):
            let end = newState()
            for word in words { states[Int(start)].words[word, default: []].append(end) }
            return end
        case .number:
            let end = newState()
            states[Int(start)].number.append(end)
            return end
        case .gap(let size):
            let end = newState()
            states[Int(start)].gaps.append(Gap(size: Int32(size), target: end))
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
            let end = build(inner, from: start)
            states[Int(start)].empty.append(end)
            return end
        }
    }

    private struct Thread: Equatable {
        var state: Int32
        var start: Int32
        /// -1: the next token must follow a transition. ≥ 0: inside a gap, with this many
        /// tokens still allowed to be skipped first.
        var budget: Int32
    }

    /// Every match of every pattern in `tokens`; matches never cross a sentence boundary.
    func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        var threads: [Thread] = []
        var next: [Thread] = []
        var sentence = -1
        steps.withUnsafeBufferPointer { steps in
            for (position, token) in tokens.enumerated() {
                if token.sentence != sentence {
                    threads.removeAll(keepingCapacity: true)
                    sentence = token.sentence
                }
                threads.append(Thread(state: 0, start: Int32(position), budget: -1))
                next.removeAll(keepingCapacity: true)
                for thread in threads {
                    if let targets = steps[Int(thread.state)].words[token.key] {
                        for target in targets { advance(to: target, thread.start, position, steps, &next, &found) }
                    }
                    if token.isNumber {
                        for target in steps[Int(thread.state)].number { advance(to: target, thread.start, position, steps, &next, &found) }
                    }
                    if thread.budget > 0 {
                        Self.add(Thread(state: thread.state, start: thread.start, budget: thread.budget - 1), to: &next)
                    }
                }
                swap(&threads, &next)
            }
        }
        return found
    }

    private func advance(to target: Int32, _ start: Int32, _ position: Int, _ steps: UnsafeBufferPointer<Step>,
                         _ next: inout [Thread], _ found: inout [Match]) {
        let step = steps[Int(target)]
        for label in step.labels { found.append(Match(label: label, start: Int(start), end: position)) }
        for gap in step.gaps { Self.add(Thread(state: gap.target, start: start, budget: gap.size), to: &next) }
        if step.isLive { Self.add(Thread(state: target, start: start, budget: -1), to: &next) }
    }

    /// Adds a thread unless an identical one is already live; live threads are few, so a linear
    /// scan beats hashing.
    private static func add(_ thread: Thread, to threads: inout [Thread]) {
        if !threads.contains(thread) { threads.append(thread) }
    }
}
