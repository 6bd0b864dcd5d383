import CLibXML2

/// Streams one XML part through libxml2's SAX2 push parser, fed in chunks, forwarding element and
/// text events to an `XMLEventHandler`.
///
/// Safe by construction for untrusted input: no network, no entity substitution, no DTD loading,
/// an external-entity loader that refuses everything, and any `DOCTYPE` refused outright (a DOCX
/// part never needs one). Elements nested deeper than `maxDepth` or carrying more than
/// `maxAttributes` attributes are refused here, whatever the libxml2 version's own limits
/// (no `XML_PARSE_HUGE` either way).
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
    private unowned let handler: any XMLEventHandler
    private var context: xmlParserCtxtPtr?
    private var refusal: String?
    private var depth = 0
    /// libxml2 interns names in its dictionary, so the same pointer always means the same name:
    /// resolving each distinct pointer once avoids a Swift string per event.
    private var names: [UnsafeRawPointer: XMLName] = [:]
    private var namespaces: [UnsafeRawPointer: XMLNamespace] = [:]
    /// A direct-mapped cache in front of `names`: most elements repeat a handful of names.
    private var recent = [(local: UnsafeRawPointer?, uri: UnsafeRawPointer?, name: XMLName)](
        repeating: (nil, nil, XMLName(namespace: .other, local: "")), count: 64)

    init(part: String, handler: any XMLEventHandler) {
        _ = Self.setUp
        self.part = part
        self.handler = handler
    }

    deinit { release() }

    /// Parses the next chunk of the part.
    func feed(_ chunk: UnsafeRawBufferPointer) throws {
        if context == nil { try start() }
        guard let context else { return }
        let status = chunk.withMemoryRebound(to: CChar.self) { bytes in
            xmlParseChunk(context, bytes.baseAddress, Int32(bytes.count), 0)
        }
        try check(status)
    }

    /// Ends the part; throws when it was not well-formed.
    func finish() throws {
        if context == nil { try start() }
        guard let context else { return }
        try check(xmlParseChunk(context, nil, 0, 1))
        release()
    }

    private func start() throws {
        svcscan_xml_silence_errors()
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { user, local, _, uri, _, _, attributeCount, _, attributes in
            guard let user, let local else { return }
            let parser = Unmanaged<XMLPushParser>.fromOpaque(user).takeUnretainedValue()
            guard parser.refusal == nil else { return }
            parser.depth += 1
            if parser.depth > XMLPushParser.maxDepth {
                return parser.refuse("elements nested deeper than \(XMLPushParser.maxDepth) levels")
            }
            if Int(attributeCount) > XMLPushParser.maxAttributes {
                return parser.refuse("an element with \(attributeCount) attributes (the limit is \(XMLPushParser.maxAttributes))")
            }
            let name = parser.name(local: local, uri: uri)
            parser.handler.didStart(name, attributes: XMLAttributes(raw: attributes, count: Int(attributeCount)))
        }
        sax.endElementNs = { user, local, _, uri in
            guard let user, let local else { return }
            let parser = Unmanaged<XMLPushParser>.fromOpaque(user).takeUnretainedValue()
            guard parser.refusal == nil else { return }
            parser.depth -= 1
            parser.handler.didEnd(parser.name(local: local, uri: uri))
        }
        sax.characters = { user, characters, length in
            guard let user, let characters, length > 0 else { return }
            let parser = Unmanaged<XMLPushParser>.fromOpaque(user).takeUnretainedValue()
            guard parser.refusal == nil else { return }
            parser.handler.didRead(UnsafeBufferPointer(start: characters, count: Int(length)))
        }
        sax.cdataBlock = sax.characters
        sax.internalSubset = { user, _, _, _ in
            guard let user else { return }
            let parser = Unmanaged<XMLPushParser>.fromOpaque(user).takeUnretainedValue()
            parser.refuse("a DOCTYPE declaration (DOCX parts never need one)")
        }
        let user = Unmanaged.passUnretained(self).toOpaque()
        guard let created = xmlCreatePushParserCtxt(&sax, user, nil, 0, part) else {
            throw DocumentError.xml(part: part, line: 0, message: "libxml2 could not create a parser")
        }
        context = created
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        xmlCtxtUseOptions(created, options)
    }

    /// Stops the parse; the next `check` throws `refusedXML` with this reason.
    private func refuse(_ reason: String) {
        if refusal == nil { refusal = reason }
        if let context { xmlStopParser(context) }
    }

    private func check(_ status: Int32) throws {
        if let refusal {
            release()
            throw DocumentError.refusedXML(part: part, reason: refusal)
        }
        guard status != 0, let context else { return }
        var message = "not well-formed"
        var line = 0
        if let error = xmlCtxtGetLastError(context) {
            line = Int(error.pointee.line)
            if let text = error.pointee.message {
                message = String(cString: text).trimmingTrailingNewlines()
            }
        }
        release()
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

    private func name(local: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) -> XMLName {
        let key = UnsafeRawPointer(local)
        let uriKey = uri.map(UnsafeRawPointer.init)
        let slot = Int(bitPattern: UInt(bitPattern: key.hashValue)) & 63
        if recent[slot].local == key && recent[slot].uri == uriKey { return recent[slot].name }
        let resolved = uncachedName(local: local, uri: uri)
        recent[slot] = (key, uriKey, resolved)
        return resolved
    }

    private func uncachedName(local: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) -> XMLName {
        let key = UnsafeRawPointer(local)
        let namespace = uri.map(resolveNamespace) ?? .other
        if let known = names[key], known.namespace == namespace { return known }
        let resolved = XMLName(namespace: namespace, local: String(cString: local))
        names[key] = resolved
        return resolved
    }

    private func resolveNamespace(_ uri: UnsafePointer<UInt8>) -> XMLNamespace {
        let key = UnsafeRawPointer(uri)
        if let known = namespaces[key] { return known }
        let resolved: XMLNamespace
        switch String(cString: uri) {
        case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
             "http://purl.oclc.org/ooxml/wordprocessingml/main":
            resolved = .word
        case "http://schemas.openxmlformats.org/markup-compatibility/2006":
            resolved = .markupCompatibility
        case "http://schemas.openxmlformats.org/package/2006/relationships":
            resolved = .relationships
        default:
            resolved = .other
        }
        namespaces[key] = resolved
        return resolved
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var result = self
        while let last = result.last, last.isNewline || last == " " { result.removeLast() }
        return result
    }
}
