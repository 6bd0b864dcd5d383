import SvcscanCore

/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Rule metadata
/// comes from the lexicon, severity maps to `level` (suggestion → note), rewrites become
/// `fixes`, and `columnKind` is `unicodeCodePoints`. Positive evidence (`info`) is not a result;
/// unreadable inputs are tool execution notifications.
public struct SARIFReporter: Reporter {
    private var tool = ToolInfo(name: "svcscan", version: "", rules: [])
    private var results: [(uri: String, finding: Finding)] = []
    private var notifications: [(uri: String, message: String)] = []

    public init() {}

    public mutating func begin(_ tool: ToolInfo) -> String {
        self.tool = tool
        return ""
    }

    public mutating func file(_ result: FileResult) -> String {
        let uri = Self.uri(for: result.path)
        switch result.outcome {
        case .failure(let message):
            notifications.append((uri, message))
        case .report(let report):
            for finding in report.findings where finding.severity > .info { results.append((uri, finding)) }
        }
        return ""
    }

    public mutating func end(_ summary: RunSummary) -> String {
        var json = JSONWriter(pretty: true, capacity: 64 * 1024)
        SARIFLog.write(tool: tool, results: results, notifications: notifications, executionSuccessful: summary.failed == 0, to: &json)
        json.newline()
        return json.text
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion, .info: return "note"
        }
    }

    /// A URI reference for a path: relative paths stay relative, absolute ones become `file://`
    /// URIs; characters outside RFC 3986's unreserved set (and `/`) are percent-encoded; standard
    /// input is `stdin`.
    static func uri(for path: String) -> String {
        if path == "-" { return "stdin" }
        var result = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
