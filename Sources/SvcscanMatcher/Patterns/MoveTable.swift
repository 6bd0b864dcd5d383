/// An open-addressing hash table from (state, word number) to an offset in the automaton's
/// lists: the one lookup each live thread makes per token. Flat arrays and a multiplicative
/// hash, so building it from a compiled lexicon and probing it both cost a few instructions.
struct MoveTable: Sendable {
    /// `key + 1` per slot; 0 marks an empty slot.
    private var keys: [UInt64]
    private var offsets: [Int32]
    private let shift: UInt64

    /// A table with room for `count` moves at a load factor of at most one half.
    init(capacity count: Int) {
        var bits: UInt64 = 4
        while (1 << bits) < 2 * max(count, 1) { bits += 1 }
        keys = Array(repeating: 0, count: 1 << bits)
        offsets = Array(repeating: 0, count: 1 << bits)
        shift = 64 - bits
    }

    private static func key(_ state: Int32, _ word: Int32) -> UInt64 {
        (UInt64(UInt32(state)) << 32 | UInt64(UInt32(word))) &+ 1
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Records that `word` read in `state` leads to the list at `offset`; each pair is set once.
    mutating func insert(state: Int32, word: Int32, offset: Int32) {
        let key = Self.key(state, word)
        var index = slot(of: key)
        while keys[index] != 0 { index = (index + 1) & (keys.count - 1) }
        keys[index] = key
        offsets[index] = offset
    }

    /// The list offset for `word` read in `state`, or nil when the word leads nowhere.
    @inline(__always)
    func offset(state: Int32, word: Int32) -> Int32? {
        let key = Self.key(state, word)
        var index = slot(of: key)
        while true {
            let found = keys[index]
            if found == key { return offsets[index] }
            if found == 0 { return nil }
            index = (index + 1) & (keys.count - 1)
        }
    }
}
