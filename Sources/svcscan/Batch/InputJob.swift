import SvcscanCore
import SvcscanParsers

/// Reads, parses and scores one input on a worker thread. Diagnostics are returned, not
/// printed, so the caller can print them in input order.
struct InputJob: Sendable {
    /// The outcome for one input and the lines it has for standard error.
    struct Outcome: Sendable {
        var result: FileResult
        var errors: [String] = []
        var warnings: [String] = []
    }

    let reader: InputReader
    let loader: DocumentLoader
    let format: DocumentFormat?
    let session: ScanSession

    func run(_ source: InputSource) -> Outcome {
        let path = source.displayName
        let document: Document
        do {
            let bytes = try reader.read(source)
            document = try loader.load(bytes, name: source == .standardInput ? nil : path, format: format)
        } catch {
            return Outcome(result: FileResult(path: path, outcome: .failure("\(error)")), errors: ["\(path): \(error)"])
        }
        let warnings = document.warnings.map { "\(path): \($0)" }
        do {
            let result = try session.analyze(document, path: path, configurationFor: source == .standardInput ? nil : path)
            return Outcome(result: result, warnings: warnings)
        } catch {
            return Outcome(result: FileResult(path: path, outcome: .failure("\(error)")), errors: ["\(error)"], warnings: warnings)
        }
    }
}
