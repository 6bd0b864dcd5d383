import SvcscanCore

/// The cohort half of the HTML report: the score histogram, traits and role aspects by grade,
/// the commonest weak phrases, the table of documents and the unreadable files.
struct HTMLCohortView {
    let files: [FileResult]
    let summary: RunSummary
    let rules: [Rule]

    private var reports: [(number: Int, path: String, report: Report)] {
        files.enumerated().compactMap { index, file in file.report.map { (index + 1, file.path, $0) } }
    }

    func render() -> String {
        var out = "<section id=\"cohort\" aria-labelledby=\"cohort-title\"><h2 id=\"cohort-title\">Cohort</h2>\n"
        out += histogram()
        out += heatMap()
        out += weakPhrases()
        out += documentTable()
        out += unreadable()
        return out + "</section>\n"
    }

    /// Scores in ten bands as an SVG bar chart, with the same numbers in its caption.
    private func histogram() -> String {
        let bands = summary.cohort.histogram
        let tallest = max(bands.max() ?? 0, 1)
        let width = 40, gap = 8, height = 120
        var bars = ""
        for (index, count) in bands.enumerated() {
            let x = 30 + index * (width + gap)
            let barHeight = count * height / tallest
            bars += "<rect x=\"\(x)\" y=\"\(22 + height - barHeight)\" width=\"\(width)\" height=\"\(barHeight)\" fill=\"#444\"/>"
            bars += "<text x=\"\(x + width / 2)\" y=\"\(18 + height - barHeight)\" text-anchor=\"middle\" font-size=\"11\">\(count)</text>"
            bars += "<text x=\"\(x + width / 2)\" y=\"\(height + 38)\" text-anchor=\"middle\" font-size=\"11\">\(index * 10)–\(index == 9 ? 100 : index * 10 + 9)</text>"
        }
        let caption = bands.enumerated().map { "\($0.offset * 10)–\($0.offset == 9 ? 100 : $0.offset * 10 + 9): \($0.element)" }.joined(separator: ", ")
        let median = summary.cohort.percentile(0.5).map { ", median \($0)" } ?? ""
        return """
        <h3 id="scores">Scores</h3>
        <figure><svg role="img" aria-labelledby="scores-caption" width="\(30 + 10 * (width + gap))" height="\(height + 48)" viewBox="0 0 \(30 + 10 * (width + gap)) \(height + 48)" xmlns="http://www.w3.org/2000/svg">\
        <line x1="26" y1="\(height + 22)" x2="\(30 + 10 * (width + gap))" y2="\(height + 22)" stroke="#111"/>\(bars)</svg>
        <figcaption id="scores-caption">Documents by score (0–100)\(median): \(caption).</figcaption></figure>

        """
    }

    /// Share of the cohort at each grade, per trait and role aspect, most often missing first.
    private func heatMap() -> String {
        var titles: [String: String] = [:]
        var counts: [String: [EvidenceGrade: Int]] = [:]
        var order: [String] = []
        for (_, _, report) in reports {
            for trait in report.traits {
                if titles[trait.entryID] == nil { order.append(trait.entryID) }
                titles[trait.entryID] = trait.title
                counts[trait.entryID, default: [:]][trait.grade, default: 0] += 1
            }
        }
        guard !order.isEmpty else { return "" }
        let total = reports.count
        order.sort { (counts[$0]?[.missing] ?? 0, $1) > (counts[$1]?[.missing] ?? 0, $0) }
        var rows = ""
        for id in order {
            rows += "<tr><th scope=\"row\">\(HTML.escape(titles[id] ?? id))</th>"
            for grade in EvidenceGrade.allCases {
                let count = counts[id]?[grade] ?? 0
                let share = total == 0 ? 0 : Double(count) / Double(total)
                let lightness = Int((96 - share * 70).rounded())
                rows += "<td class=\"n\(lightness < 55 ? " dark" : "")\" style=\"background:hsl(0,0%,\(lightness)%)\">\(HTML.percent(count, of: total)) <span class=\"muted\">(\(count))</span></td>"
            }
            rows += "</tr>\n"
        }
        return """
        <h3 id="traits">Traits and role aspects</h3>
        <table class="heat"><caption>Share of the \(total) documents read at each grade, most often missing first (darker: more documents).</caption>
        <thead><tr><th scope="col">Trait or aspect</th><th scope="col">missing</th><th scope="col">claimed</th><th scope="col">shown</th><th scope="col">proven</th></tr></thead>
        <tbody>
        \(rows)</tbody></table>

        """
    }

    /// The phrasing findings met in most documents, each with its count and one example.
    private func weakPhrases() -> String {
        var examples: [String: (excerpt: String, path: String)] = [:]
        for (_, path, report) in reports {
            for finding in report.findings where finding.family == .phrasing && examples[finding.entryID] == nil {
                examples[finding.entryID] = (finding.excerpt, path)
            }
        }
        let top = CohortSummary.top(summary.cohort.weakPhrases, 10)
        guard !top.isEmpty else { return "" }
        let messages = Dictionary(rules.map { ($0.id, $0.message) }, uniquingKeysWith: { first, _ in first })
        var rows = ""
        for (id, count) in top {
            let example = examples[id].map { "“\(HTML.escape(TerminalSafety.flowed($0.excerpt)))” <span class=\"muted\">(\(HTML.escape($0.path)))</span>" } ?? ""
            rows += "<tr><td>\(HTML.escape(messages[id] ?? id))<br><span class=\"muted\">\(HTML.escape(id))</span></td><td class=\"n\">\(count)</td><td>\(example)</td></tr>\n"
        }
        return """
        <h3 id="phrases">Commonest weak phrasing</h3>
        <table><caption>Phrasing findings by the number of documents they appear in, with one example each.</caption>
        <thead><tr><th scope="col">Finding</th><th scope="col">Documents</th><th scope="col">Example</th></tr></thead>
        <tbody>
        \(rows)</tbody></table>

        """
    }

    /// Every document read, with its score, sub-scores and top change; sortable by a click.
    private func documentTable() -> String {
        var rows = ""
        for (number, path, report) in reports {
            rows += "<tr><td data-sort=\"\(HTML.escape(path))\"><a href=\"#doc-\(number)\">\(HTML.escape(path))</a></td>"
            rows += "<td>\(HTML.escape(report.kind.rawValue))</td><td class=\"n\" data-sort=\"\(report.score.total)\">\(report.score.total)</td>"
            for family in EntryFamily.allCases {
                let points = report.score.parts.first { $0.family == family }?.points ?? 0
                rows += "<td class=\"n\" data-sort=\"\(HTML.decimal(points))\">\(HTML.decimal(points))</td>"
            }
            rows += "<td>\(HTML.escape(report.improvements.first?.message ?? "–"))</td></tr>\n"
        }
        guard !rows.isEmpty else { return "" }
        let maxima = EntryFamily.allCases.map { family in reports.first?.report.score.parts.first { $0.family == family }.map { " /\(Int($0.maximum))" } ?? "" }
        return """
        <h3 id="table">Documents, weakest first on a click of Score</h3>
        <table class="sortable"><caption>Every document read: score out of 100, the three sub-scores, and the change worth most. Click a column heading to sort.</caption>
        <thead><tr><th scope="col"><button type="button">Document</button></th><th scope="col"><button type="button">Kind</button></th>\
        <th scope="col"><button type="button" data-type="number">Score</button></th>\
        <th scope="col"><button type="button" data-type="number">Traits\(maxima[0])</button></th>\
        <th scope="col"><button type="button" data-type="number">Role\(maxima[1])</button></th>\
        <th scope="col"><button type="button" data-type="number">Phrasing\(maxima[2])</button></th><th scope="col">Top change</th></tr></thead>
        <tbody>
        \(rows)</tbody></table>

        """
    }

    private func unreadable() -> String {
        let failures = summary.cohort.failures
        guard !failures.isEmpty else { return "" }
        let items = failures.map { "<li><strong>\(HTML.escape($0.path))</strong>: \(HTML.escape($0.reason))</li>" }.joined(separator: "\n")
        return "<h3 id=\"unreadable\">Unreadable files (\(failures.count))</h3>\n<ul>\n\(items)\n</ul>\n"
    }
}
