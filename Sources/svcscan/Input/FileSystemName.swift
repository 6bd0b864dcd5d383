/// Carries file names that are not valid UTF-8 through Swift `String`s without losing them.
///
/// Linux file names are bytes. Swift would replace each invalid byte with U+FFFD, and the file
/// could then never be opened again. Instead each byte that is not part of valid UTF-8 is kept as
/// a scalar in Supplementary Private Use Area-B (U+10FF00 + byte), which `bytes(of:)` turns back
/// into the original byte and `display(_:)` shows as `\xNN` (issue 6).
enum FileSystemName {
    private static let base: UInt32 = 0x10FF00

    /// The name as a `String`, invalid UTF-8 bytes kept as private-use scalars.
    static func string(from bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var result = ""
        var index = 0
        scalars: while index < bytes.count {
            // The shortest slice that validates is exactly one scalar.
            for length in 1...4 where index + length <= bytes.count {
                if let scalar = String(validating: bytes[index..<index + length], as: UTF8.self) {
                    result += scalar
                    index += length
                    continue scalars
                }
            }
            result.unicodeScalars.append(Unicode.Scalar(base + UInt32(bytes[index]))!)
            index += 1
        }
        return result
    }

    /// The original bytes of a name made by `string(from:)`, NUL-terminated for the C calls.
    static func bytes(of name: String) -> [CChar] {
        var result: [CChar] = []
        result.reserveCapacity(name.utf8.count + 1)
        if mayHoldRawBytes(name) {
            for scalar in name.unicodeScalars {
                if isRawByte(scalar) {
                    result.append(CChar(bitPattern: UInt8(scalar.value - base)))
                } else {
                    UTF8.encode(scalar) { result.append(CChar(bitPattern: $0)) }
                }
            }
        } else {
            result.append(contentsOf: name.utf8.lazy.map { CChar(bitPattern: $0) })
        }
        result.append(0)
        return result
    }

    /// True when the name holds bytes that were not valid UTF-8.
    static func hasRawBytes(_ name: String) -> Bool {
        mayHoldRawBytes(name) && name.unicodeScalars.contains(where: isRawByte)
    }

    /// False for nearly every name: the private-use scalars that stand for raw bytes are written
    /// in UTF-8 with a leading 0xF4, so a name without that byte is its own bytes.
    private static func mayHoldRawBytes(_ name: String) -> Bool {
        name.utf8.contains(0xF4)
    }

    private static func isRawByte(_ scalar: Unicode.Scalar) -> Bool {
        (base + 0x80...base + 0xFF).contains(scalar.value)
    }

    /// The name for people and for JSON: each raw byte written as `\xNN`, valid text unchanged.
    static func display(_ name: String) -> String {
        guard hasRawBytes(name) else { return name }
        var result = ""
        for scalar in name.unicodeScalars {
            if isRawByte(scalar) {
                let hex = String(scalar.value - base, radix: 16, uppercase: true)
                result += "\\x" + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
