import SvcscanCore

/// `--format jsonl`: one compact JSON object per file as soon as it is reported (the same shape
/// as an element of `files` in `--format json`, plus `schemaVersion`), for large batches.
public struct JSONLinesReporter: Reporter {
    public init() {}

    public mutating func file(_ result: FileResult) -> String {
        var json = JSONWriter(pretty: false, capacity: 16 * 1024)
        ReportJSON.write(result, schemaVersion: ReportJSON.schemaVersion, to: &json)
        json.newline()
        return json.text
    }
}
