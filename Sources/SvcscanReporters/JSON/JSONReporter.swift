import SvcscanCore

/// `--format json`: one JSON document for the whole run (schema: `docs/report.schema.json`),
/// with `schemaVersion`, the tool, every file (report or error) and a summary.
public struct JSONReporter: Reporter {
    private var tool = ReportJSON.ToolJSON(name: "svcscan", version: "")
    private var files: [ReportJSON.FileJSON] = []

    public init() {}

    public mutating func begin(_ tool: ToolInfo) -> String {
        self.tool = ReportJSON.ToolJSON(name: tool.name, version: tool.version)
        return ""
    }

    public mutating func file(_ result: FileResult) -> String {
        files.append(ReportJSON.FileJSON(result))
        return ""
    }

    public mutating func end(_ summary: RunSummary) -> String {
        let run = ReportJSON.RunJSON(schemaVersion: ReportJSON.schemaVersion, tool: tool, positions: .init(), files: files,
                                     summary: ReportJSON.SummaryJSON(summary))
        return JSONEncoding.encode(run, pretty: true) + "\n"
    }
}
