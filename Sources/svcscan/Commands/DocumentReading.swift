import SvcscanCore
import SvcscanParsers

/// Reads every input in turn, reporting unreadable ones on standard error and carrying on.
struct DocumentReading {
    var options: InputOptions

    /// Calls `body` with each document that could be read; returns false when any input failed.
    func forEachDocument(_ sources: [InputSource], _ body: (InputSource, Document) throws -> Void) rethrows -> Bool {
        let reader = InputReader(maxSize: options.maxSize)
        let loader = DocumentLoader()
        var allRead = true
        for source in sources {
            let document: Document
            do {
                let bytes = try reader.read(source)
                let name: String? = source == .standardInput ? nil : source.displayName
                document = try loader.load(bytes, name: name, format: options.inputFormat)
            } catch {
                Diagnostics.printError("\(source.displayName): \(error)")
                allRead = false
                continue
            }
            for warning in document.warnings {
                Diagnostics.printWarning("\(source.displayName): \(warning)")
            }
            try body(source, document)
        }
        return allRead
    }
}
