import SvcscanCore
import SvcscanParsers

/// Reads every input in turn; an input that cannot be read is reported on standard error as
/// one line naming it, and the rest go on.
struct DocumentReading {
    var options: InputOptions

    /// Calls `body` with each input and its document, or the error that kept it from being read.
    func forEachResult(_ sources: [InputSource], _ body: (InputSource, Result<Document, any Error>) throws -> Void) rethrows {
        let reader = options.inputReader
        let loader = options.documentLoader
        for source in sources {
            let outcome: Result<Document, any Error>
            do {
                let bytes = try reader.read(source)
                let name: String? = source == .standardInput ? nil : source.displayName
                outcome = .success(try loader.load(bytes, name: name, format: options.inputFormat))
            } catch {
                Diagnostics.printError("\(source.displayName): \(error)")
                outcome = .failure(error)
            }
            if case .success(let document) = outcome {
                for warning in document.warnings { Diagnostics.printWarning("\(source.displayName): \(warning)") }
            }
            try body(source, outcome)
        }
    }

    /// Calls `body` with each document that could be read; returns false when any input failed.
    func forEachDocument(_ sources: [InputSource], _ body: (InputSource, Document) throws -> Void) rethrows -> Bool {
        var allRead = true
        try forEachResult(sources) { source, outcome in
            switch outcome {
            case .success(let document): try body(source, document)
            case .failure: allRead = false
            }
        }
        return allRead
    }
}
