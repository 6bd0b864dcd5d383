import SvcscanCore

/// A reporter that writes the whole run at its end (one JSON document, one HTML page): it keeps
/// the tool and every file until then.
protocol WholeRunReporter: Reporter {
    var run: CollectedRun { get set }
}

/// What a `WholeRunReporter` keeps until the end of the run.
struct CollectedRun {
    var tool = ToolInfo(name: "svcscan", version: "", rules: [])
    var files: [FileResult] = []
}

extension WholeRunReporter {
    public mutating func begin(_ tool: ToolInfo) -> String {
        run.tool = tool
        return ""
    }

    public mutating func file(_ result: FileResult) -> String {
        run.files.append(result)
        return ""
    }
}
