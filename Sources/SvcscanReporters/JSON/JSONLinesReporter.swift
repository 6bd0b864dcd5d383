import SvcscanCore

/// `--format jsonl`: one compact JSON object per file as soon as it is reported (the same shape
/// as an element of `files` in `--format json`, plus `schemaVersion`), for large batches.
public struct JSONLinesReporter: Reporter {
    private struct Line: Encodable {
        var schemaVersion: Int
        var file: ReportJSON.FileJSON

        func encode(to encoder: any Encoder) throws {
            try file.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(schemaVersion, forKey: .schemaVersion)
        }

        private enum Key: String, CodingKey { case schemaVersion }
    }

    public init() {}

    public mutating func file(_ result: FileResult) -> String {
        JSONEncoding.encode(Line(schemaVersion: ReportJSON.schemaVersion, file: ReportJSON.FileJSON(result)), pretty: false) + "\n"
    }
}
