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

        /// Appends the next state's step. `words` are its (word, target) moves; a word's targets
        /// keep their order.
        mutating func addStep(words: [(word: Int32, target: Int32)], number: [Int32], gaps: [(size: Int32, target: Int32)], labels: [Label]) {
            let state = Int32(steps.count)
            // By word, then by position: word numbers are never negative, positions fit 32 bits.
            let order = words.indices.map { Int64(words[$0].word) << 32 | Int64($0) }.sorted()
            var first = 0
            while first < order.count {
                let word = Int32(order[first] >> 32)
                var end = first + 1
                while end < order.count, order[end] >> 32 == word { end += 1 }
                let offset = list(count: end - first) { lists in
                    for position in first..<end { lists.append(words[Int(order[position] & 0xFFFF_FFFF)].target) }
                }
                moves.append((state, word, offset))
                first = end
            }
            let numberList = list(number)
            let gapList = list(count: gaps.count * 2) { lists in
                for gap in gaps {
                    lists.append(gap.size)
                    lists.append(gap.target)
                }
            }
            let labelList = list(count: labels.count * 2) { lists in
                for label in labels {
                    lists.append(Int32(label.entry))
                    lists.append(label.role.number)
                }
            }
            steps.append(Step(number: numberList, gaps: gapList, labels: labelList, isLive: !words.isEmpty || !number.isEmpty))
        }

        private mutating func list(_ items: [Int32]) -> Int32 {
            list(count: items.count) { $0 += items }
        }

        /// Appends a list of `count` items that `append` adds; returns its offset.
        private mutating func list(count: Int, _ append: (inout [Int32]) -> Void) -> Int32 {
            guard count > 0 else { return 0 }
            lists.append(Int32(count))
            let offset = Int32(lists.count - 1)
            append(&lists)
            return offset
        }
    }

    /// The vocabulary in word-number order.
    let words: [String]
    let layout: Layout
    /// Word → number.
    private let index: WordIndex
    private let table: MoveTable
    /// Per state, a 64-bit signature of the words it has a move on (bit `word & 63`). A thread
    /// carries its state's signature, so most tokens are ruled out without a probe of the move
    /// table, which is megabytes large and misses the cache on almost every probe.
    private let signatures: [UInt64]
    /// The start state's moves by word number (0: none). Every token of a document is tried
    /// from the start state, so these come from a small array rather than the move table.
    private let startMoves: [Int32]

    /// The automaton over `layout`, whose word numbers index `words`.
    init(vocabulary words: [String], layout: Layout) {
        self.words = words
        self.layout = layout
        index = WordIndex(words)
        table = MoveTable(layout.moves)
        var signatures = [UInt64](repeating: 0, count: layout.steps.count)
        for move in layout.moves where Int(move.state) < signatures.count {
            signatures[Int(move.state)] |= Self.signature(of: move.word)
        }
        self.signatures = signatures
        var startMoves = [Int32](repeating: 0, count: words.count)
        for move in layout.moves where move.state == 0 && Int(move.word) < words.count {
            startMoves[Int(move.word)] = move.offset
        }
        self.startMoves = startMoves
    }

    @inline(__always)
    private static func signature(of word: Int32) -> UInt64 { 1 << UInt64(word & 63) }

    private struct Thread: Equatable {
        var state: Int32
        var start: Int32
        /// -1: the next token must follow a transition. ≥ 0: inside a gap, with this many
        /// tokens still allowed to be skipped first.
        var budget: Int32
        /// `signatures[state]`, kept with the thread so that testing a word costs no memory read.
        var signature: UInt64
    }

    /// Every match of every pattern in `tokens`; matches never cross a sentence boundary.
    func matches(in tokens: [Token]) -> [Match] {
        // Room reserved once per block: growing these arrays a step at a time cost as much as
        // the matching itself on a typical résumé.
        var found: [Match] = []
        found.reserveCapacity(tokens.count / 2 + 8)
        var threads: [Thread] = []
        threads.reserveCapacity(64)
        var next: [Thread] = []
        next.reserveCapacity(64)
        var sentence = -1
        layout.lists.withUnsafeBufferPointer { lists in
            layout.steps.withUnsafeBufferPointer { steps in
                for (position, token) in tokens.enumerated() {
                    if token.sentence != sentence {
                        threads.removeAll(keepingCapacity: true)
                        sentence = token.sentence
                    }
                    threads.append(Thread(state: 0, start: Int32(position), budget: -1, signature: signatures[0]))
                    next.removeAll(keepingCapacity: true)
                    let word = index.number(of: token.key)
                    let bit = word.map(Self.signature(of:)) ?? 0
                    for thread in threads {
                        if let word, thread.signature & bit != 0 {
                            let offset = thread.state == 0 ? startMoves[Int(word)] : table.offset(state: thread.state, word: word) ?? 0
                            if offset != 0 { follow(offset, thread.start, position, lists, steps, &next, &found) }
                        }
                        if token.isNumber { follow(steps[Int(thread.state)].number, thread.start, position, lists, steps, &next, &found) }
                        if thread.budget > 0 {
                            Self.add(Thread(state: thread.state, start: thread.start, budget: thread.budget - 1, signature: thread.signature), to: &next)
                        }
                    }
                    swap(&threads, &next)
                }
            }
        }
        return found
    }

    /// Advances a thread that began at `start` to each state of the list at `offset`. A method
    /// with `inout` lists rather than a nested function: capturing `next` and `found` would make
    /// every access to them pay a run-time exclusivity check.
    private func follow(_ offset: Int32, _ start: Int32, _ position: Int, _ lists: UnsafeBufferPointer<Int32>,
                        _ steps: UnsafeBufferPointer<Step>, _ next: inout [Thread], _ found: inout [Match]) {
        for index in 0..<Int(lists[Int(offset)]) {
            advance(to: lists[Int(offset) + 1 + index], start, position, lists, steps, &next, &found)
        }
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
            Self.add(Thread(state: lists[index + 1], start: start, budget: lists[index], signature: signatures[Int(lists[index + 1])]), to: &next)
        }
        if step.isLive { Self.add(Thread(state: target, start: start, budget: -1, signature: signatures[Int(target)]), to: &next) }
    }

    /// Adds a thread unless an identical one is already live; live threads are few, so a linear
    /// scan beats hashing.
    private static func add(_ thread: Thread, to threads: inout [Thread]) {
        if !threads.contains(thread) { threads.append(thread) }
    }
}
