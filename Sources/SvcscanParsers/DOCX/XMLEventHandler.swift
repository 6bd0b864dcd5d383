/// The namespaces svcscan reads in OOXML parts.
enum XMLNamespace: Sendable {
    /// WordprocessingML main (transitional or strict).
    case word
    /// Markup compatibility (`mc:AlternateContent`).
    case markupCompatibility
    /// Package relationships (`.rels` parts).
    case relationships
    case other
}

/// An element's name as libxml2 reported it, resolved once per distinct name.
struct XMLName: Sendable {
    var namespace: XMLNamespace
    var local: String
}

/// The attributes of one start tag, decoded only when asked for.
struct XMLAttributes {
    fileprivate let raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    fileprivate let count: Int

    init(raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int) {
        self.raw = raw
        self.count = count
    }

    /// The value of the attribute with this local name (any namespace), or nil.
    subscript(local: String) -> String? {
        guard let raw else { return nil }
        for index in 0..<count {
            let base = index * 5
            guard let name = raw[base], let start = raw[base + 3], let end = raw[base + 4] else { continue }
            if strcmpEqual(name, local) {
                return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
            }
        }
        return nil
    }

    private func strcmpEqual(_ pointer: UnsafePointer<UInt8>, _ string: String) -> Bool {
        var index = 0
        for byte in string.utf8 {
            if pointer[index] != byte { return false }
            index += 1
        }
        return pointer[index] == 0
    }
}

/// Receives the events of a streamed XML part.
protocol XMLEventHandler: AnyObject {
    func didStart(_ name: XMLName, attributes: XMLAttributes)
    func didEnd(_ name: XMLName)
    /// Text content as UTF-8 bytes; valid only during the call.
    func didRead(_ characters: UnsafeBufferPointer<UInt8>)
}
