/// The output formats of `--format`; raw values are the command-line names.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, jsonl, sarif, github, line, csv, html

    /// The reporter for this format. `explain` adds the score trace to text output; `color`
    /// enables ANSI colour in text output.
    public func makeReporter(explain: Bool = false, color: Bool = false) -> any Reporter {
        switch self {
        case .text: return TextReporter(explain: explain, color: color)
        case .json: return JSONReporter()
        case .jsonl: return JSONLinesReporter()
        case .sarif: return SARIFReporter()
        case .github: return GitHubReporter()
        case .line: return LineReporter()
        case .csv: return CSVReporter()
        case .html: return HTMLReporter()
        }
    }

    /// True for formats whose errors for unreadable inputs belong in the output itself.
    public var isMachineReadable: Bool {
        switch self {
        case .json, .jsonl, .sarif: return true
        case .text, .github, .line, .csv, .html: return false
        }
    }

    /// True for formats that show each document's text, so `Report.text` must be filled.
    public var showsDocumentText: Bool { self == .html }
}
