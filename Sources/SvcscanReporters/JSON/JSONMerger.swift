import Foundation
import SvcscanCore

/// Combines `--format json` outputs of several runs (for example the shards of `--shard K/N`)
/// into one document with the files in path order and the summary and cohort recomputed.
public enum JSONMerger {
    /// Why inputs could not be merged, worded for the user.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// The merged JSON document and its summary. `inputs` are (name, contents) pairs.
    public static func merge(_ inputs: [(name: String, data: Data)]) throws -> (json: String, summary: RunSummary) {
        var files: [String: JSONValue] = [:]
        var origin: [String: String] = [:]
        var tool = ToolInfo(name: "svcscan", version: "", rules: [])
        for input in inputs {
            guard let document = try? JSONDecoder().decode(JSONValue.self, from: input.data) else {
                throw Problem(description: "\(input.name): not JSON")
            }
            guard document["schemaVersion"]?.number == Double(ReportJSON.schemaVersion), document["tool"]?["name"]?.string == "svcscan",
                  let list = document["files"]?.array else {
                throw Problem(description: "\(input.name): not an svcscan --format json report (schemaVersion \(ReportJSON.schemaVersion))")
            }
            tool.version = document["tool"]?["version"]?.string ?? tool.version
            for file in list {
                guard let path = file["path"]?.string else { throw Problem(description: "\(input.name): a file entry has no path") }
                if let first = origin[path] { throw Problem(description: "\(path) is in both \(first) and \(input.name)") }
                origin[path] = input.name
                files[path] = file
            }
        }
        let ordered = files.keys.sorted().compactMap { files[$0] }
        var summary = RunSummary(files: ordered.count, read: 0, failed: 0, thresholdFailures: 0, exitCode: 0)
        for file in ordered {
            if let error = file["error"]?.string {
                summary.failed += 1
                summary.cohort.addFailure(path: file["path"]?.string ?? "", reason: error)
                continue
            }
            summary.read += 1
            if case .bool(false) = file["thresholds"]?["passed"] ?? .null { summary.thresholdFailures += 1 }
            var grades: [String: EvidenceGrade] = [:]
            for trait in file["traits"]?.array ?? [] {
                if let id = trait["id"]?.string, let grade = trait["grade"]?.string.flatMap(EvidenceGrade.init(rawValue:)) { grades[id] = grade }
            }
            let phrasing = Set((file["findings"]?.array ?? []).filter { $0["family"]?.string == "phrasing" }.compactMap { $0["id"]?.string })
            summary.cohort.add(score: Int(file["score"]?["total"]?.number ?? 0), grades: grades, phrasing: phrasing)
        }
        summary.exitCode = summary.failed > 0 ? 2 : summary.thresholdFailures > 0 ? 1 : 0
        var json = JSONWriter(pretty: true, capacity: 64 * 1024)
        ReportJSON.writeRun(tool: tool, files: ordered, summary: summary, to: &json) { json, file in file.write(to: &json) }
        json.newline()
        return (json.text, summary)
    }
}
