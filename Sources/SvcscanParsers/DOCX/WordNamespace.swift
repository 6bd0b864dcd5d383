/// The WordprocessingML main namespace, which has a transitional and a strict URI.
struct WordNamespace {
    private let transitional: XMLName
    private let strict: XMLName

    init(_ dictionary: XMLDictionary) {
        transitional = dictionary.intern("http://schemas.openxmlformats.org/wordprocessingml/2006/main")
        strict = dictionary.intern("http://purl.oclc.org/ooxml/wordprocessingml/main")
    }

    /// Lets `case names.word:` match a namespace URI.
    static func ~= (namespace: WordNamespace, uri: XMLName) -> Bool {
        uri == namespace.transitional || uri == namespace.strict
    }
}
