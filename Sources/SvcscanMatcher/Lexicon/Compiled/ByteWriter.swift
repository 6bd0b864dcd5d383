/// Appends values to a compact byte stream: unsigned LEB128 integers, length-prefixed UTF-8
/// strings and arrays. The format of a compiled lexicon; `ByteReader` reads it back.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: Int) {
        precondition(value >= 0, "only non-negative integers are written")
        var rest = UInt64(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func write(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: String) {
        write(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ values: [String]) {
        write(values.count)
        for value in values { write(value) }
    }

    /// A table of numbers as a count, then four little-endian bytes each: longer than varints,
    /// but read back with one copy.
    mutating func write(table values: [Int32]) {
        write(values.count)
        for value in values {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }

    mutating func write(raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }
}
