/// A name (element, attribute or namespace URI) interned in one parse's libxml2 dictionary.
///
/// libxml2 hands out every element name, attribute name and namespace URI of a parse from that
/// parse's dictionary, so two names of the same parse are equal exactly when their pointers are:
/// comparing is one pointer compare, with no string built or hashed per event.
struct XMLName: Equatable {
    let pointer: UnsafePointer<UInt8>?

    /// A name that matches nothing libxml2 reports.
    static var none: XMLName { XMLName(pointer: nil) }
}
