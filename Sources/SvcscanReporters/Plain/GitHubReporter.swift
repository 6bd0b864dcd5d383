import Foundation
import SvcscanCore

/// `--format github`: GitHub Actions workflow commands (`::warning file=…,line=…,col=…::…`), so
/// findings appear as annotations on the changed files. Suggestions are notices; positive
/// evidence is not annotated; unreadable inputs are errors.
public struct GitHubReporter: Reporter {
    public init() {}

    public mutating func file(_ result: FileResult) -> String {
        switch result.outcome {
        case .failure(let message):
            return "::error file=\(Self.property(result.path))::\(Self.data(message))\n"
        case .report(let report):
            var out = ""
            for finding in report.findings where finding.severity > .info {
                let command: String
                switch finding.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .suggestion, .info: command = "notice"
                }
                let span = finding.span
                var message = finding.message
                if let rewrite = finding.rewrite { message += " Try: \(rewrite.replacement)" }
                out += "::\(command) file=\(Self.property(result.path)),line=\(span.start.line),col=\(span.start.column),"
                out += "endLine=\(span.end.line),endColumn=\(span.end.column),title=\(Self.property(finding.entryID))::\(Self.data(message))\n"
            }
            return out
        }
    }

    /// Escaping for a command's message, as the Actions runner expects.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping for a property value, which also reserves `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
