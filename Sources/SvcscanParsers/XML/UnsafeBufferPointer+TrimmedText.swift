extension UnsafeBufferPointer<UInt8> {
    /// These UTF-8 bytes decoded, without leading and trailing whitespace: the same result as
    /// `trimmingWhitespace()`, but ASCII whitespace is cut from the bytes first and the
    /// Unicode-aware pass runs only when a non-ASCII character is left at either end.
    func trimmedText() -> String {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isASCIIWhitespace { start += 1 }
        while end > start, self[end - 1].isASCIIWhitespace { end -= 1 }
        guard start < end else { return "" }
        let text = String(decoding: UnsafeBufferPointer(rebasing: self[start..<end]), as: UTF8.self)
        return self[start] < 0x80 && self[end - 1] < 0x80 ? text : text.trimmingWhitespace()
    }
}

private extension UInt8 {
    /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII characters
    /// with Unicode's White_Space property.
    var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
