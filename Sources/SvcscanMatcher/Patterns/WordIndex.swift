/// Finds a token's word number in the automaton's vocabulary: an open-addressing table over the
/// words' UTF-8 bytes with a cheap FNV-1a hash.
///
/// Every token of every document is looked up once, and a `[String: Int32]` spent most of that
/// lookup in SipHash; building one also dominated reading the vocabulary at start-up. Lookups
/// never insert, so a document cannot crowd the table: its load factor stays at most one half.
struct WordIndex: Sendable {
    /// Every word's UTF-8, one after another; word `n` runs from `starts[n]` to `starts[n + 1]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
    /// `number + 1` per slot; 0 marks an empty slot.
    private let slots: [Int32]
    /// Each slot's full hash, so most misses skip comparing bytes.
    private let hashes: [UInt64]

    /// The index of `words`, numbered by position; a repeated word keeps its first number.
    init(_ words: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        starts.reserveCapacity(words.count + 1)
        for word in words {
            bytes += word.utf8
            starts.append(Int32(bytes.count))
        }
        var size = 16
        while size < 2 * words.count { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        var hashes = [UInt64](repeating: 0, count: size)
        bytes.withUnsafeBufferPointer { all in
            for number in words.indices {
                let word = UnsafeBufferPointer(rebasing: all[Int(starts[number])..<Int(starts[number + 1])])
                let hash = Self.hash(word)
                var slot = Int(truncatingIfNeeded: hash) & (size - 1)
                var repeated = false
                while slots[slot] != 0 {
                    let other = Int(slots[slot] - 1)
                    if hashes[slot] == hash, word.elementsEqual(all[Int(starts[other])..<Int(starts[other + 1])]) {
                        repeated = true
                        break
                    }
                    slot = (slot + 1) & (size - 1)
                }
                if !repeated {
                    slots[slot] = Int32(number + 1)
                    hashes[slot] = hash
                }
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        self.hashes = hashes
    }

    /// The number of `word`, or nil when it is not in the vocabulary.
    func number(of word: String) -> Int32? {
        if let found = word.utf8.withContiguousStorageIfAvailable(number(ofBytes:)) { return found }
        return Array(word.utf8).withUnsafeBufferPointer(number(ofBytes:))
    }

    private func number(ofBytes word: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if hashes[slot] == hash {
                let number = Int(entry - 1)
                let start = Int(starts[number]), end = Int(starts[number + 1])
                if end - start == word.count, bytes.withUnsafeBufferPointer({ word.elementsEqual($0[start..<end]) }) {
                    return Int32(number)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// 64-bit FNV-1a, with a final multiply so the low bits used for the slot depend on every byte.
    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return (hash ^ hash >> 29) &* 0xBF58_476D_1CE4_E5B9
    }
}
