import CLibXML2

/// The name dictionary of one libxml2 parse, in which a handler interns the names it compares
/// against before the first event.
struct XMLDictionary {
    private let dictionary: xmlDictPtr?

    init(_ dictionary: xmlDictPtr?) {
        self.dictionary = dictionary
    }

    /// The interned form of `name`; `XMLName.none` if libxml2 could not allocate it.
    func intern(_ name: String) -> XMLName {
        guard let dictionary else { return .none }
        return XMLName(pointer: xmlDictLookup(dictionary, name, -1))
    }
}
