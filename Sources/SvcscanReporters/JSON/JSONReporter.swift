import SvcscanCore

/// `--format json`: one JSON document for the whole run (schema: `docs/report.schema.json`),
/// with `schemaVersion`, the tool, every file (report or error) and a summary.
public struct JSONReporter: WholeRunReporter {
    var run = CollectedRun()

    public init() {}

    public mutating func end(_ summary: RunSummary) -> String {
        var json = JSONWriter(pretty: true, capacity: 64 * 1024)
        ReportJSON.writeRun(tool: run.tool, files: run.files, summary: summary, to: &json) { json, file in ReportJSON.write(file, to: &json) }
        json.newline()
        return json.text
    }
}
