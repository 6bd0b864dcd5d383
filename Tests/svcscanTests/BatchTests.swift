import Foundation
import SvcscanTestSupport
import XCTest

/// Batch behaviour end to end: parallel runs print the same bytes, shards split and merge back,
/// the cohort summary, and a closed pipe.
final class BatchTests: XCTestCase {
    private let svcscan = CommandRunner()
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        let bullets = ["Answered 40 calls a day for clinic patients", "Responsible for the front desk schedule",
                       "Calmed frustrated callers, cutting escalations 20%", "Worked with the QA team on releases",
                       "Asked customers for feedback and rewrote the guide", "Team player with excellent communication skills"]
        for index in 0..<24 {
            let lines = (0..<3).map { "- " + bullets[(index + $0) % bullets.count] }.joined(separator: "\n")
            try folder.write("cohort/group\(index % 3)/person\(index).txt", "SUMMARY\nPerson \(index).\n\nEXPERIENCE\n\(lines)\n")
        }
        try folder.write("cohort/group1/broken.docx", [0x50, 0x4B, 0x03, 0x04, 0x01, 0x02])
    }

    override func tearDown() {
        folder.remove()
    }

    private var cohort: String { folder.url.appendingPathComponent("cohort").path }

    func testOneJobAndEightJobsPrintTheSameBytes() throws {
        for format in ["text", "jsonl", "json"] {
            let one = try svcscan.run(["--jobs", "1", "--format", format, cohort])
            let eight = try svcscan.run(["--jobs", "8", "--format", format, cohort])
            XCTAssertEqual(one.status, 2)
            XCTAssertEqual(one.stdout, eight.stdout, format)
            XCTAssertEqual(one.stderr, eight.stderr, format)
        }
    }

    func testShardsSplitTheInputsAndMergeBackIntoTheFullRunForOneTwoAndSevenShards() throws {
        let full = try svcscan.run(["--format", "json", cohort])
        for count in [1, 2, 7] {
            var shardFiles: [String] = []
            var seen: [String] = []
            for k in 1...count {
                // Each shard is a separate process, as on separate machines or CI jobs.
                let result = try svcscan.run(["--shard", "\(k)/\(count)", "--format", "json", cohort])
                let path = try folder.write("shard\(k)of\(count).json", result.stdout)
                shardFiles.append(path)
                seen += try paths(in: result.stdout)
            }
            XCTAssertEqual(seen.sorted(), try paths(in: full.stdout), "every input in exactly one of \(count) shards")
            let merged = try svcscan.run(["merge"] + shardFiles)
            XCTAssertEqual(merged.status, 2, "the merged run keeps the unreadable file's exit code")
            XCTAssertEqual(try normalized(merged.stdout), try normalized(full.stdout), "\(count) shards merged")
        }
        XCTAssertEqual(try svcscan.run(["--shard", "4/3", cohort]).status, 2)
    }

    func testCohortSummaryHasDistributionGapsWeakPhrasesAndFailures() throws {
        let result = try svcscan.run(["--format", "json", cohort])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try XCTUnwrap(json["summary"] as? [String: Any])
        XCTAssertEqual(summary["files"] as? Int, 25)
        XCTAssertEqual(summary["failed"] as? Int, 1)
        let stats = try XCTUnwrap(summary["cohort"] as? [String: Any])
        XCTAssertEqual((stats["histogram"] as? [Int])?.reduce(0, +), 24)
        XCTAssertNotNil(stats["median"] as? Int)
        let weakEntries = stats["commonWeakPhrases"] as? [[String: Any]] ?? []
        let weak = weakEntries.compactMap { $0["id"] as? String }
        XCTAssertTrue(weak.contains("phrasing.claim.team-player"), "\(weak)")
        XCTAssertEqual((stats["unreadable"] as? [[String: Any]])?.count, 1)
        let text = try svcscan.run([cohort]).stdout
        XCTAssertTrue(text.contains("Cohort: 25 files, 24 read, 1 could not be read"), text)
        XCTAssertTrue(text.contains("Most common weak phrases: "), text)
    }

    func testAClosedPipeEndsTheRunQuietly() throws {
        let script = "\"$0\" --jobs 2 \"$1\" | head -n 1 > /dev/null; echo \"status=${PIPESTATUS[0]}\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, svcscan.executable.path, cohort]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaints = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(printed, "status=0\n")
        XCTAssertFalse(complaints.contains("Fatal") || complaints.contains("Crash") || complaints.contains("Broken pipe"), complaints)
    }

    private func paths(in json: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String } ?? []
    }

    private func normalized(_ json: String) throws -> Data {
        try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(json.utf8)), options: [.sortedKeys])
    }
}
