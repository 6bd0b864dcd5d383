import SvcscanCore

/// The human-readable report: score and sub-score bars, the changes worth most points, traits
/// by grade, and every finding as `path:line:column` so terminals and editors can jump to it.
/// Unreadable inputs are reported on standard error by the caller, not here.
public struct TextReporter: Reporter {
    /// Print the score trace after the findings.
    public var explain: Bool
    private let style: ANSIStyle

    public init(explain: Bool = false, color: Bool = false) {
        self.explain = explain
        style = ANSIStyle(enabled: color)
    }

    public mutating func file(_ result: FileResult) -> String {
        var out = ""
        file(result) { out += $0 }
        return out
    }

    /// The report for one input, handed to `write` in pieces of about 64 KB: a text dump with
    /// tens of thousands of findings is never held as one string.
    public mutating func file(_ result: FileResult, to write: (String) -> Void) {
        guard let report = result.report else { return }
        emit(path: result.path, report: report, failures: result.thresholdFailures, to: write)
    }

    public mutating func end(_ summary: RunSummary) -> String {
        guard summary.files > 1 else { return "" }
        var parts = ["\(summary.files) files", "\(summary.read) read"]
        if summary.failed > 0 { parts.append("\(summary.failed) could not be read") }
        if summary.thresholdFailures > 0 { parts.append("\(summary.thresholdFailures) failed a threshold") }
        return style.bold("Cohort: ") + parts.joined(separator: ", ") + "\n" + cohort(summary.cohort)
    }

    private func cohort(_ cohort: CohortSummary) -> String {
        var out = ""
        if let median = cohort.percentile(0.5), let low = cohort.percentile(0.25), let high = cohort.percentile(0.75) {
            out += "  Scores: median \(median), quartiles \(low)–\(high), lowest \(cohort.scores.min() ?? 0), highest \(cohort.scores.max() ?? 0)\n"
            let bands = cohort.histogram
            let largest = max(bands.max() ?? 1, 1)
            for (band, count) in bands.enumerated() {
                let label = band == 9 ? "90–100" : "\(band * 10)–\(band * 10 + 9)"
                out += "    \(pad(label, 7)) \(String(repeating: "█", count: (count * 30 + largest - 1) / largest)) \(count)\n"
            }
        }
        let lists: [(String, [String: Int])] = [
            ("Most often missing", cohort.missing), ("Most often only claimed", cohort.onlyClaimed), ("Most common weak phrases", cohort.weakPhrases),
        ]
        for (title, counts) in lists where !counts.isEmpty {
            out += "  \(title): " + CohortSummary.top(counts).map { "\($0.id) (\($0.count))" }.joined(separator: ", ") + "\n"
        }
        if !cohort.failures.isEmpty {
            out += "  Could not read:\n"
            for failure in cohort.failures { out += "    \(TerminalSafety.clean(failure.path)): \(failure.reason)\n" }
        }
        return out
    }

    /// The report for one document.
    public func render(path: String, report: Report) -> String {
        var out = ""
        emit(path: path, report: report, failures: [], to: { out += $0 })
        return out
    }

    private func emit(path: String, report: Report, failures: [String], to write: (String) -> Void) {
        let name = TerminalSafety.clean(path)
        var out = style.bold(name) + "  \(report.kind == .resume ? "résumé" : "cover letter") · \(report.format.rawValue)\n"
        out += "  Score " + style.score(Double(report.score.total), of: 100, style.bold("\(report.score.total)/100")) + "\n"
        for part in report.score.parts {
            out += "    \(pad(label(part.family), 9)) \(style.score(part.points, of: part.maximum, bar(part.points, of: part.maximum)))  \(number(part.points))/\(number(part.maximum))\n"
        }
        out += "\n" + Self.summary(of: report).map { "  \($0)\n" }.joined()
        if !report.improvements.isEmpty {
            out += "\n  Top changes\n"
            for change in report.improvements {
                let at = change.location.map { " (\(name):\($0.line):\($0.column))" } ?? ""
                out += "    +\(number(change.points))  \(TerminalSafety.clean(change.message))\(at)\n"
            }
        }
        out += "\n  Traits and role\n"
        for grade in [EvidenceGrade.proven, .shown, .claimed, .missing] {
            let titles = report.traits.filter { $0.grade == grade }.map { $0.title.lowercased() }
            guard !titles.isEmpty else { continue }
            out += "    \(pad(grade.rawValue, 8)) \(titles.joined(separator: ", "))\n"
        }
        // Filtered as they are written: a copy of each list would double a large report's findings.
        if report.findings.contains(where: { $0.severity > .info }) {
            out += "\n  To improve\n"
            for finding in report.findings where finding.severity > .info {
                out += describe(finding, path: name)
                flush(&out, to: write)
            }
        }
        if report.findings.contains(where: { $0.severity == .info }) {
            out += "\n  Evidence found\n"
            for finding in report.findings where finding.severity == .info {
                out += describe(finding, path: name)
                flush(&out, to: write)
            }
        }
        if report.suppressedCount > 0 {
            out += "\n  \(report.suppressedCount) finding\(report.suppressedCount == 1 ? "" : "s") silenced by svcscan-disable comments\n"
        }
        if explain {
            out += "\n  Score trace\n"
            for step in report.score.trace {
                let sign = step.points >= 0 ? "+" : ""
                out += "    \(pad(sign + number(step.points), 6)) \(pad(step.entryID, 38)) \(step.reason)\n"
                flush(&out, to: write)
            }
            out += "    = \(report.score.total)\n"
        }
        for failure in failures { out += "  \(style.severity(.error, "✗ threshold:")) \(failure)\n" }
        write(out + "\n")
    }

    /// Two plain lines that open a report: what already reads well (the traits and role aspects
    /// shown best, with results first) and the three changes worth most, named by what they do.
    static func summary(of report: Report) -> [String] {
        let strong = report.traits.filter { $0.grade >= .shown }.sorted { $0.grade > $1.grade }.prefix(3)
        let reads = strong.isEmpty ? "Reads well: nothing yet shows a trait in action."
            : "Reads well: " + list(strong.map { "\($0.title.lowercased()) (\($0.grade.rawValue))" }) + "."
        let grades = Dictionary(report.traits.map { ($0.entryID, $0) }, uniquingKeysWith: { first, _ in first })
        let changes = report.improvements.prefix(3).map { change -> String in
            guard let status = grades[change.entryID] else {
                let words = report.findings.first { $0.entryID == change.entryID && $0.span.start == change.location }?.excerpt
                return "reword " + (words.map { "\"\(TerminalSafety.flowed($0))\" " } ?? "") + "on line \(change.location?.line ?? 0)"
            }
            switch status.grade {
            case .missing: return "show \(status.title.lowercased())"
            case .claimed: return "back up your claim of \(status.title.lowercased())"
            default: return "measure your \(status.title.lowercased())"
            }
        }
        guard !changes.isEmpty else { return [TerminalSafety.clean(reads)] }
        return [TerminalSafety.clean(reads), TerminalSafety.clean("Worth most: " + list(changes) + ".")]
    }

    /// "a, b and c".
    private static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// Bytes of text gathered before a piece is handed on.
    private static let pieceSize = 1 << 16

    /// Hands `out` to `write` and empties it once it holds more than `pieceSize` bytes.
    private func flush(_ out: inout String, to write: (String) -> Void) {
        guard out.utf8.count > Self.pieceSize else { return }
        write(out)
        out = ""
    }

    private func describe(_ finding: Finding, path: String) -> String {
        let grade = finding.grade.map { " [\($0.rawValue)]" } ?? ""
        var out = "    \(path):\(finding.span.start.line):\(finding.span.start.column): \(style.severity(finding.severity, finding.severity.rawValue)): \(finding.entryID)\(grade): \(TerminalSafety.clean(finding.message))\(finding.span.start.page.map { " (page \($0))" } ?? "")\n"
        out += "        \"\(TerminalSafety.flowed(finding.excerpt))\"\n"
        if let rewrite = finding.rewrite {
            out += "        try: \"\(TerminalSafety.flowed(rewrite.replacement))\"\n"
        } else if !finding.suggestion.isEmpty && finding.severity > .info {
            out += "        \(TerminalSafety.clean(finding.suggestion))\n"
        }
        return out
    }

    private func label(_ family: EntryFamily) -> String {
        switch family {
        case .trait: return "traits"
        case .role: return "role"
        case .phrasing: return "phrasing"
        }
    }

    private func bar(_ value: Double, of maximum: Double, width: Int = 20) -> String {
        let filled = maximum > 0 ? Int((value / maximum * Double(width)).rounded()) : 0
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
