import SvcscanCore

/// One document in the HTML report: its score with sub-score bars, its top changes, its text
/// with every finding marked where it occurs, and the findings with their grades and rewrites.
struct HTMLDocumentView {
    let number: Int
    let path: String
    let report: Report
    let thresholdFailures: [String]

    func render() -> String {
        var out = "<details class=\"doc\" id=\"doc-\(number)\"><summary>\(HTML.escape(path)): \(report.score.total)/100</summary>\n"
        out += "<h3>\(HTML.escape(path))</h3>\n<p>\(HTML.escape(report.kind.rawValue)) · \(HTML.escape(report.format.rawValue)) · score <strong>\(report.score.total)</strong> of 100</p>\n"
        out += "<ul class=\"parts\">\n"
        for part in report.score.parts {
            let share = part.maximum > 0 ? min(max(part.points / part.maximum, 0), 1) : 0
            out += "<li><span class=\"bar\" role=\"img\" aria-label=\"\(HTML.decimal(part.points)) of \(HTML.decimal(part.maximum))\"><span style=\"width:\(Int((share * 100).rounded()))%\"></span></span>"
            out += "\(HTML.escape(part.family.rawValue)) \(HTML.decimal(part.points)) / \(HTML.decimal(part.maximum))</li>\n"
        }
        out += "</ul>\n"
        if !thresholdFailures.isEmpty {
            out += "<p><strong>Thresholds failed:</strong> \(thresholdFailures.map(HTML.escape).joined(separator: "; "))</p>\n"
        }
        if !report.improvements.isEmpty {
            out += "<h4>Top changes</h4>\n<ol>\n"
            for change in report.improvements {
                let at = change.location.map { " <span class=\"muted\">(line \($0.line)\($0.page.map { ", page \($0)" } ?? ""))</span>" } ?? ""
                out += "<li>+\(HTML.decimal(change.points)) \(HTML.escape(change.message))\(at)</li>\n"
            }
            out += "</ol>\n"
        }
        let labels = findingLabels()
        if !report.text.isEmpty {
            // The text and its findings side by side on a wide screen, one after the other in print.
            out += "<div class=\"docbody\"><div><h4>Text</h4>\n<ol class=\"lines\">\n\(markedText(labels: labels))</ol></div>\n<div>"
        }
        if !report.findings.isEmpty {
            out += "<h4>Findings</h4>\n<ol class=\"findings\">\n"
            // An entry's advice is the same wherever it fires: it is given at its first finding.
            var advised: Set<String> = []
            for (index, finding) in report.findings.enumerated() {
                let grade = finding.grade.map { "<span class=\"tag\">\($0.rawValue)</span>" } ?? ""
                let page = finding.span.start.page.map { ", page \($0)" } ?? ""
                out += "<li id=\"doc-\(number)-f\(index + 1)\"><span class=\"tag\">\(labels[index])</span>\(grade)\(HTML.escape(finding.message)) "
                out += "<span class=\"muted\">(\(HTML.escape(finding.entryID)), line \(finding.span.start.line)\(page))</span>"
                out += "<br>“\(HTML.escape(TerminalSafety.flowed(finding.excerpt)))”"
                if let rewrite = finding.rewrite {
                    out += "<br>try: <span class=\"rewrite\">\(HTML.escape(TerminalSafety.flowed(rewrite.replacement)))</span>"
                } else if !finding.suggestion.isEmpty, advised.insert(finding.entryID).inserted {
                    out += "<br><span class=\"muted\">\(HTML.escape(finding.suggestion))</span>"
                }
                out += "</li>\n"
            }
            out += "</ol>\n"
        }
        if !report.text.isEmpty { out += "</div></div>\n" }
        return out + "</details>\n"
    }

    /// `E1`, `E2`, … for evidence and `P1`, `P2`, … for phrasing, in finding order.
    private func findingLabels() -> [String] {
        var evidence = 0, phrasing = 0
        return report.findings.map { finding in
            if finding.family == .phrasing {
                phrasing += 1
                return "P\(phrasing)"
            }
            evidence += 1
            return "E\(evidence)"
        }
    }

    /// The text, one list item per line, each finding's span wrapped in a mark (both kinds when
    /// spans overlap) and followed by its numbered link.
    private func markedText(labels: [String]) -> String {
        // Per line: (from, to) columns, 0-based and exclusive, and which finding.
        var pieces: [Int: [(from: Int, to: Int, finding: Int)]] = [:]
        for (index, finding) in report.findings.enumerated() {
            let start = finding.span.start, end = finding.span.end
            guard start.line >= 1, end.line >= start.line else { continue }
            for line in start.line...min(end.line, report.text.count) {
                let from = line == start.line ? start.column - 1 : 0
                let to = line == end.line ? end.column - 1 : Int.max
                pieces[line, default: []].append((max(from, 0), to, index))
            }
        }
        var out = ""
        for (offset, text) in report.text.enumerated() {
            let line = offset + 1
            out += "<li value=\"\(line)\">"
            guard let marks = pieces[line] else {
                out += HTML.escape(text) + "</li>\n"
                continue
            }
            let scalars = Array(text.unicodeScalars)
            var cuts = Set([0, scalars.count])
            for mark in marks {
                cuts.insert(min(mark.from, scalars.count))
                cuts.insert(min(mark.to, scalars.count))
            }
            let points = cuts.sorted()
            for (from, to) in zip(points, points.dropFirst()) {
                let piece = HTML.escape(String(String.UnicodeScalarView(scalars[from..<to])))
                let covering = marks.filter { $0.from <= from && to <= $0.to }.map(\.finding)
                if covering.isEmpty {
                    out += piece
                } else {
                    let families = Set(covering.map { report.findings[$0].family == .phrasing ? "ph" : "ev" })
                    out += "<mark class=\"\(families.sorted().joined(separator: " "))\">\(piece)</mark>"
                }
                for mark in marks where min(mark.to, scalars.count) == to && (mark.to != Int.max || to == scalars.count) {
                    if report.findings[mark.finding].span.end.line == line {
                        out += "<sup><a href=\"#doc-\(number)-f\(mark.finding + 1)\">\(labels[mark.finding])</a></sup>"
                    }
                }
            }
            out += "</li>\n"
        }
        return out
    }
}
