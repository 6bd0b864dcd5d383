import CLibXML2

/// Streams one XML part through libxml2's SAX2 push parser, fed in chunks, forwarding element and
/// text events to an `XMLEventHandler`.
///
/// Safe by construction for untrusted input: no network, no entity substitution, no DTD loading,
/// an external-entity loader that refuses everything, and any `DOCTYPE` refused outright (a DOCX
/// part never needs one). Elements nested deeper than `maxDepth` or carrying more than
/// `maxAttributes` attributes are refused here, whatever the libxml2 version's own limits
/// (no `XML_PARSE_HUGE` either way).
///
/// One parser reads one part, once: create it, intern the handler's names in `dictionary`, then
/// `parse`.
final class XMLPushParser {
    /// Deepest element nesting accepted; Word's deepest real parts (tables in text boxes in tables)
    /// stay well under 100. libxml2 2.9 stops at 256 itself.
    static let maxDepth = 256
    /// Most attributes on one element; Word writes a few dozen at most (namespace declarations aside).
    static let maxAttributes = 512

    private static let setUp: Void = {
        xmlInitParser()
        svcscan_xml_deny_external_entities()
    }()

    private let part: String
    private var context: xmlParserCtxtPtr?
    /// Where every name of this part's events is interned; valid until `parse` returns.
    let dictionary: XMLDictionary

    init(part: String) throws {
        _ = Self.setUp
        svcscan_xml_silence_errors()
        var sax = Self.callbacks()
        guard let created = xmlCreatePushParserCtxt(&sax, nil, nil, 0, part) else {
            throw DocumentError.xml(part: part, line: 0, message: "libxml2 could not create a parser")
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        xmlCtxtUseOptions(created, options)
        self.part = part
        context = created
        dictionary = XMLDictionary(created.pointee.dict)
    }

    deinit { release() }

    /// Parses the chunks that `read` hands over (in order, each valid only during the call; one
    /// huge chunk fails with "Huge input lookup", PLATFORM-NOTES §8), sending the events to
    /// `handler`. `read` returns false when the part does not exist: then nothing is parsed and
    /// the handler sees no event. Throws when the part is not well-formed or is refused.
    func parse(to handler: XMLEventHandler, reading read: ((UnsafeRawBufferPointer) throws -> Void) throws -> Bool) throws {
        guard let context else { return }
        defer { release() }
        // The callbacks reach the state through libxml2's user pointer. `handler` outlives this
        // call, hence the state, so the state holds it unretained.
        let state = UnsafeMutablePointer<EventState>.allocate(capacity: 1)
        state.initialize(to: EventState(handler: handler, context: context))
        defer {
            state.deinitialize(count: 1)
            state.deallocate()
        }
        context.pointee.userData = UnsafeMutableRawPointer(state)
        let found = try read { chunk in
            let status = chunk.withMemoryRebound(to: CChar.self) { bytes in
                xmlParseChunk(context, bytes.baseAddress, Int32(bytes.count), 0)
            }
            try check(status, state.pointee)
        }
        if found { try check(xmlParseChunk(context, nil, 0, 1), state.pointee) }
    }

    private func check(_ status: Int32, _ state: EventState) throws {
        if let refusal = state.refusal { throw DocumentError.refusedXML(part: part, reason: refusal) }
        guard status != 0, let context else { return }
        var message = "not well-formed"
        var line = 0
        if let error = xmlCtxtGetLastError(context) {
            line = Int(error.pointee.line)
            if let text = error.pointee.message {
                message = String(cString: text).trimmingTrailingNewlines()
            }
        }
        throw DocumentError.xml(part: part, line: line, message: message)
    }

    private func release() {
        guard let context else { return }
        // In SAX mode libxml2 may still build a document when entities are declared, and
        // xmlFreeParserCtxt does not free it (PLATFORM-NOTES §10).
        if let document = context.pointee.myDoc {
            xmlFreeDoc(document)
            context.pointee.myDoc = nil
        }
        xmlFreeParserCtxt(context)
        self.context = nil
    }

    /// What the callbacks read and write on every event. It lives in manually allocated memory,
    /// which Swift does not check for exclusive access at run time: as properties of a class it
    /// cost a runtime call per event.
    private struct EventState {
        let handler: Unmanaged<XMLEventHandler>
        let context: xmlParserCtxtPtr
        var depth = 0
        var refusal: String?

        init(handler: XMLEventHandler, context: xmlParserCtxtPtr) {
            self.handler = .passUnretained(handler)
            self.context = context
        }

        /// Stops the parse; the next `check` throws `refusedXML` with this reason.
        mutating func refuse(_ reason: String) {
            if refusal == nil { refusal = reason }
            xmlStopParser(context)
        }
    }

    /// The SAX2 callbacks, which reach the `EventState` through libxml2's user pointer.
    private static func callbacks() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { user, local, _, uri, _, _, attributeCount, _, attributes in
            guard let state = user?.assumingMemoryBound(to: EventState.self), state.pointee.refusal == nil else { return }
            state.pointee.depth += 1
            if state.pointee.depth > XMLPushParser.maxDepth {
                return state.pointee.refuse("elements nested deeper than \(XMLPushParser.maxDepth) levels")
            }
            if Int(attributeCount) > XMLPushParser.maxAttributes {
                return state.pointee.refuse("an element with \(attributeCount) attributes (the limit is \(XMLPushParser.maxAttributes))")
            }
            state.pointee.handler._withUnsafeGuaranteedRef {
                $0.didStart(XMLName(pointer: local), namespace: XMLName(pointer: uri),
                            attributes: XMLAttributes(raw: attributes, count: Int(attributeCount)))
            }
        }
        sax.endElementNs = { user, local, _, uri in
            guard let state = user?.assumingMemoryBound(to: EventState.self), state.pointee.refusal == nil else { return }
            state.pointee.depth -= 1
            state.pointee.handler._withUnsafeGuaranteedRef { $0.didEnd(XMLName(pointer: local), namespace: XMLName(pointer: uri)) }
        }
        sax.characters = { user, characters, length in
            guard let state = user?.assumingMemoryBound(to: EventState.self), state.pointee.refusal == nil,
                  let characters, length > 0 else { return }
            state.pointee.handler._withUnsafeGuaranteedRef { $0.didRead(UnsafeBufferPointer(start: characters, count: Int(length))) }
        }
        sax.cdataBlock = sax.characters
        sax.internalSubset = { user, _, _, _ in
            user?.assumingMemoryBound(to: EventState.self).pointee.refuse("a DOCTYPE declaration (DOCX and ODT parts never need one)")
        }
        return sax
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var result = self
        while let last = result.last, last.isNewline || last == " " { result.removeLast() }
        return result
    }
}
