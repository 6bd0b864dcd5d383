extension ZipArchive {
    /// Streams `part` through libxml2 in chunks to the handler `makeHandler` builds on the
    /// parser's dictionary, and returns that handler; a missing part reads as empty.
    func stream<Handler: XMLEventHandler>(_ part: String, to makeHandler: (XMLDictionary) -> Handler) throws -> Handler {
        let parser = try XMLPushParser(part: part)
        let handler = makeHandler(parser.dictionary)
        try parser.parse(to: handler) { consume in try read(part, consume) }
        return handler
    }
}
