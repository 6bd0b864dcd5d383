import SvcscanCore

/// `--format html`: one self-contained page (inline CSS, SVG and a small script; no request
/// leaves it) with a cohort view of every input and a document view of each one, collapsed until
/// opened. The same input gives the same bytes. Every string from a document is escaped.
public struct HTMLReporter: WholeRunReporter {
    var run = CollectedRun()

    public init() {}

    public mutating func end(_ summary: RunSummary) -> String {
        let (tool, files) = (run.tool, run.files)
        let reports = files.enumerated().compactMap { index, file in file.report.map { (index: index, file: file, report: $0) } }
        var page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <title>svcscan report: \(files.count) document\(files.count == 1 ? "" : "s")</title>
        <style>\(HTMLStyle.css)</style>
        </head>
        <body>
        <header><h1>How well these documents show customer service</h1>
        <p>\(summary.read) of \(summary.files) document\(summary.files == 1 ? "" : "s") read\(summary.failed > 0 ? ", \(summary.failed) unreadable" : "")\(summary.thresholdFailures > 0 ? ", \(summary.thresholdFailures) below a threshold" : ""). \
        Made by \(HTML.escape(tool.name)) \(HTML.escape(tool.version)).</p></header>
        <main>

        """
        page += HTMLCohortView(files: files, summary: summary, rules: tool.rules).render()
        page += "<section id=\"documents\" aria-labelledby=\"documents-title\"><h2 id=\"documents-title\">Documents</h2>\n"
        page += "<p class=\"muted\">Each document opens on a click. In its text, <mark class=\"ev\">evidence</mark> is shaded and underlined, "
            + "<mark class=\"ph\">phrasing to improve</mark> has a dashed underline, and each mark is numbered (E for evidence, P for phrasing) to its finding below.</p>\n"
        for entry in reports {
            page += HTMLDocumentView(number: entry.index + 1, path: entry.file.path, report: entry.report,
                                     thresholdFailures: entry.file.thresholdFailures).render()
        }
        page += "</section>\n</main>\n<script>\(HTMLStyle.script)</script>\n</body>\n</html>\n"
        return page
    }
}
