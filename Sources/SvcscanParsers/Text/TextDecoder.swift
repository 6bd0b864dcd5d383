/// Turns the bytes of a text file into a `String`, reporting when it had to guess.
///
/// UTF-8 (a BOM is dropped) and UTF-16 LE/BE with a BOM are decoded exactly; bytes that are not
/// valid UTF-8 are read as Windows-1252, with a warning.
public enum TextDecoder {
    /// The decoded text and, when the bytes were not valid UTF-8 or UTF-16, a one-line warning.
    public struct Result: Sendable {
        public var text: String
        public var warning: String?
    }

    public static func decode(_ bytes: [UInt8]) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes[3...]) ?? latin(bytes[3...])
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return Result(text: utf16(bytes.dropFirst(2), bigEndian: false)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Result(text: utf16(bytes.dropFirst(2), bigEndian: true)) }
        return decodeUTF8(bytes[...]) ?? latin(bytes[...])
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> Result? {
        var text = ""
        text.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: return Result(text: text)
            case .error: return nil
            }
        }
    }

    private static func latin(_ bytes: ArraySlice<UInt8>) -> Result {
        var text = ""
        text.unicodeScalars.reserveCapacity(bytes.count)
        for byte in bytes { text.unicodeScalars.append(Windows1252.scalar(for: byte)) }
        return Result(text: text, warning: "not valid UTF-8; read as Windows-1252")
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
