/// An open-addressing hash table from (state, word number) to an offset in the automaton's
/// lists: the one lookup each live thread makes per token. Flat arrays and a multiplicative
/// hash, so building it from a compiled lexicon and probing it both cost a few instructions.
struct MoveTable: Sendable {
    /// `key + 1` per slot; 0 marks an empty slot.
    private let keys: [UInt64]
    private let offsets: [Int32]
    private let shift: UInt64

    /// The table of `moves`, each (state, word) pair at most once, at a load factor of at most
    /// one half.
    init(_ moves: [(state: Int32, word: Int32, offset: Int32)]) {
        var bits: UInt64 = 4
        while (1 << bits) < 2 * max(moves.count, 1) { bits += 1 }
        let shift = 64 - bits
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var offsets = [Int32](repeating: 0, count: 1 << bits)
        // Filled through buffer pointers: a large lexicon has hundreds of thousands of moves.
        keys.withUnsafeMutableBufferPointer { keys in
            offsets.withUnsafeMutableBufferPointer { offsets in
                for move in moves {
                    let key = Self.key(move.state, move.word)
                    var index = Self.slot(of: key, shift: shift)
                    while keys[index] != 0 { index = (index + 1) & (keys.count - 1) }
                    keys[index] = key
                    offsets[index] = move.offset
                }
            }
        }
        self.keys = keys
        self.offsets = offsets
        self.shift = shift
    }

    private static func key(_ state: Int32, _ word: Int32) -> UInt64 {
        (UInt64(UInt32(state)) << 32 | UInt64(UInt32(word))) &+ 1
    }

    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The list offset for `word` read in `state`, or nil when the word leads nowhere.
    @inline(__always)
    func offset(state: Int32, word: Int32) -> Int32? {
        let key = Self.key(state, word)
        var index = Self.slot(of: key, shift: shift)
        while true {
            let found = keys[index]
            if found == key { return offsets[index] }
            if found == 0 { return nil }
            index = (index + 1) & (keys.count - 1)
        }
    }
}
