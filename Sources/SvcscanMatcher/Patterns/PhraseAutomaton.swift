/// A token-level automaton over every pattern of a lexicon, so the cost of matching a word does
/// not grow with the number of entries: each token is hashed once, then each live thread makes
/// one probe of a flat hash table.
///
/// Built by `AutomatonBuilder` or read back from a compiled lexicon; immutable and shared
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

    /// What a thread standing on a state can do: offsets of its lists in `Layout.lists`.
    struct Step: Sendable, Equatable {
        /// States reached by reading a number.
        var number: Int32
        /// (size, target) pairs: gaps that may start here.
        var gaps: Int32
        /// (entry, role) pairs: patterns that end here.
        var labels: Int32
        /// True when any word or number can follow.
        var isLive: Bool
    }

    /// The automaton's tables, flat so they are cheap to build, store and read back.
    struct Layout: Sendable {
        /// Count-prefixed lists of Int32; offset 0 is the shared empty list.
        var lists: [Int32] = [0]
        /// One per state.
        var steps: [Step] = []
        /// Every word move: reading `word` in `state` reaches the states listed at `offset`.
        var moves: [(state: Int32, word: Int32, offset: Int32)] = []

        /// Appends the next state's step.
        mutating func addStep(words: [Int32: [Int32]], number: [Int32], gaps: [(size: Int32, target: Int32)], labels: [Label]) {
            let state = Int32(steps.count)
            for word in words.keys.sorted() {
                moves.append((state, word, list(words[word] ?? [])))
            }
            steps.append(Step(
                number: list(number),
                gaps: list(gaps.flatMap { [$0.size, $0.target] }),
                labels: list(labels.flatMap { [Int32($0.entry), $0.role.number] }),
                isLive: !words.isEmpty || !number.isEmpty))
        }

        private mutating func list(_ items: [Int32]) -> Int32 {
            guard !items.isEmpty else { return 0 }
            lists.append(Int32(items.count))
            lists += items
            return Int32(lists.count - items.count - 1)
        }
    }

    /// Word → number; the words in number order are `words`.
    let vocabulary: [String: Int32]
    let words: [String]
    let layout: Layout
    private let table: MoveTable

    /// The automaton over `layout`, whose word numbers index `words`.
    init(vocabulary words: [String], layout: Layout) {
        self.words = words
        vocabulary = Dictionary(words.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        self.layout = layout
        var table = MoveTable(capacity: layout.moves.count)
        for move in layout.moves { table.insert(state: move.state, word: move.word, offset: move.offset) }
        self.table = table
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
        layout.lists.withUnsafeBufferPointer { lists in
            layout.steps.withUnsafeBufferPointer { steps in
                for (position, token) in tokens.enumerated() {
                    if token.sentence != sentence {
                        threads.removeAll(keepingCapacity: true)
                        sentence = token.sentence
                    }
                    threads.append(Thread(state: 0, start: Int32(position), budget: -1))
                    next.removeAll(keepingCapacity: true)
                    let word = vocabulary[token.key]
                    func follow(_ offset: Int32, from thread: Thread) {
                        let count = Int(lists[Int(offset)])
                        for index in 0..<count {
                            advance(to: lists[Int(offset) + 1 + index], thread.start, position, lists, steps, &next, &found)
                        }
                    }
                    for thread in threads {
                        if let word, let offset = table.offset(state: thread.state, word: word) { follow(offset, from: thread) }
                        if token.isNumber { follow(steps[Int(thread.state)].number, from: thread) }
                        if thread.budget > 0 {
                            Self.add(Thread(state: thread.state, start: thread.start, budget: thread.budget - 1), to: &next)
                        }
                    }
                    swap(&threads, &next)
                }
            }
        }
        return found
    }

    private func advance(to target: Int32, _ start: Int32, _ position: Int, _ lists: UnsafeBufferPointer<Int32>,
                         _ steps: UnsafeBufferPointer<Step>, _ next: inout [Thread], _ found: inout [Match]) {
        let step = steps[Int(target)]
        let labels = Int(step.labels)
        for index in stride(from: labels + 1, to: labels + 1 + Int(lists[labels]), by: 2) {
            let label = Label(entry: Int(lists[index]), role: PatternRole(number: lists[index + 1]) ?? .phrase)
            found.append(Match(label: label, start: Int(start), end: position))
        }
        let gaps = Int(step.gaps)
        for index in stride(from: gaps + 1, to: gaps + 1 + Int(lists[gaps]), by: 2) {
            Self.add(Thread(state: lists[index + 1], start: start, budget: lists[index]), to: &next)
        }
        if step.isLive { Self.add(Thread(state: target, start: start, budget: -1), to: &next) }
    }

    /// Adds a thread unless an identical one is already live; live threads are few, so a linear
    /// scan beats hashing.
    private static func add(_ thread: Thread, to threads: inout [Thread]) {
        if !threads.contains(thread) { threads.append(thread) }
    }
}
