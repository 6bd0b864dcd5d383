/// The attributes of one start tag as libxml2 reported them, valid only during the event.
struct XMLAttributes {
    /// libxml2's layout: five pointers per attribute (local name, prefix, URI, value start,
    /// value end).
    private let raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    private let count: Int

    init(raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int) {
        self.raw = raw
        self.count = count
    }

    /// The UTF-8 value of the attribute with this local name (any namespace), or nil.
    func bytes(_ name: XMLName) -> UnsafeBufferPointer<UInt8>? {
        guard let raw else { return nil }
        for index in 0..<count {
            let base = index * 5
            guard raw[base] == name.pointer, let start = raw[base + 3], let end = raw[base + 4] else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// The value of the attribute with this local name (any namespace), decoded, or nil.
    subscript(name: XMLName) -> String? {
        bytes(name).map { String(decoding: $0, as: UTF8.self) }
    }
}
