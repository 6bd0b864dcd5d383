import SvcscanCore

/// `--format json`: one JSON document for the whole run (schema: `docs/report.schema.json`),
/// with `schemaVersion`, the tool, every file (report or error) and a summary.
public struct JSONReporter: Reporter {
    private var tool = ToolInfo(name: "svcscan", version: "", rules: [])
    private var files: [FileResult] = []

    public init() {}

    public mutating func begin(_ tool: ToolInfo) -> String {
        self.tool = tool
        return ""
    }

    public mutating func file(_ result: FileResult) -> String {
        files.append(result)
        return ""
    }

    public mutating func end(_ summary: RunSummary) -> String {
        var json = JSONWriter(pretty: true, capacity: 64 * 1024)
        ReportJSON.writeRun(tool: tool, files: files, summary: summary, to: &json) { json, file in ReportJSON.write(file, to: &json) }
        json.newline()
        return json.text
    }
}
