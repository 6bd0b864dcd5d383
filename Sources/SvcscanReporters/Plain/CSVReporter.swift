import Foundation
import SvcscanCore

/// `--format csv`: one row per file for a spreadsheet: path, kind, format, score, the three
/// sub-scores, one column per trait and role entry (missing, claimed, shown or proven) and an
/// error column for inputs that could not be read. Fields are quoted as RFC 4180 asks.
public struct CSVReporter: Reporter {
    private var columns: [String] = []

    public init() {}

    public mutating func begin(_ tool: ToolInfo) -> String {
        columns = tool.rules.filter(\.isEvidence).map(\.id)
        return row(["path", "kind", "format", "score", "traits", "role", "phrasing"] + columns + ["error"])
    }

    public mutating func file(_ result: FileResult) -> String {
        switch result.outcome {
        case .failure(let message):
            return row([result.path] + Array(repeating: "", count: 6 + columns.count) + [message])
        case .report(let report):
            let grades = Dictionary(report.traits.map { ($0.entryID, $0.grade.rawValue) }, uniquingKeysWith: { first, _ in first })
            let parts = EntryFamily.allCases.map { family in
                report.score.parts.first { $0.family == family }.map { format($0.points) } ?? ""
            }
            return row([result.path, report.kind.rawValue, report.format.rawValue, String(report.score.total)] + parts
                       + columns.map { grades[$0] ?? "" } + [""])
        }
    }

    private func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    private func row(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }
}
