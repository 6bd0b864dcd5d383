/// Receives the events of a streamed XML part: subclass it and override the events you need
/// (each does nothing by default). Names come from the parse's `XMLDictionary`, so a handler
/// compares them with names it interned there.
///
/// A class rather than a protocol so that `XMLPushParser` can call it through an unretained
/// reference: a protocol existential costs a retain and a release per event.
class XMLEventHandler {
    func didStart(_ name: XMLName, namespace: XMLName, attributes: XMLAttributes) {}
    func didEnd(_ name: XMLName, namespace: XMLName) {}
    /// Text content as UTF-8 bytes; valid only during the call.
    func didRead(_ characters: UnsafeBufferPointer<UInt8>) {}
}
