/// Reads what `ByteWriter` wrote, checking every length against the bytes left, so a truncated
/// or damaged compiled lexicon throws instead of reading out of bounds.
struct ByteReader {
    /// The stream ended early or held an impossible value.
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws -> Int {
        // Most numbers in a compiled lexicon are below 128: one byte, no loop.
        if offset < bytes.count, bytes[offset] < 0x80 {
            defer { offset += 1 }
            return Int(bytes[offset])
        }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 63 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        guard value <= UInt64(Int.max) else { throw Damaged() }
        return Int(value)
    }

    /// A count of items that each take at least one byte, so a damaged count cannot make a
    /// caller reserve more than the stream could hold.
    mutating func count() throws -> Int {
        let value = try int()
        guard value <= bytes.count - offset else { throw Damaged() }
        return value
    }

    mutating func int32() throws -> Int32 {
        let value = try int()
        guard value <= Int(Int32.max) else { throw Damaged() }
        return Int32(value)
    }

    mutating func bool() throws -> Bool {
        switch try raw(count: 1).first {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func double() throws -> Double {
        let raw = try raw(count: 8)
        let bits = raw.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        return Double(bitPattern: bits)
    }

    mutating func string() throws -> String {
        String(decoding: try raw(count: try count()), as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws -> [String] {
        try (0..<count()).map { _ in try string() }
    }

    /// A table written by `ByteWriter.write(table:)`.
    mutating func table() throws -> [Int32] {
        let count = try int()
        guard count <= (bytes.count - offset) / 4 else { throw Damaged() }
        let raw = try raw(count: 4 * count)
        return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                buffer[index] = Int32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * index, as: Int32.self))
            }
            initialized = count
        }
    }

    mutating func raw(count: Int) throws -> UnsafeRawBufferPointer {
        guard count <= bytes.count - offset else { throw Damaged() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }
}
