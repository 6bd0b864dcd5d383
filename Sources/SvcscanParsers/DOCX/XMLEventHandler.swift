/// Receives the events of a streamed XML part. Names come from the parse's `XMLDictionary`, so a
/// handler compares them with names it interned there.
protocol XMLEventHandler: AnyObject {
    func didStart(_ name: XMLName, namespace: XMLName, attributes: XMLAttributes)
    func didEnd(_ name: XMLName, namespace: XMLName)
    /// Text content as UTF-8 bytes; valid only during the call.
    func didRead(_ characters: UnsafeBufferPointer<UInt8>)
}
