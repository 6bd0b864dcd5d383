import Foundation
import XCTest

/// Compares output with a committed golden file; `SVCSCAN_RECORD=1` rewrites the file instead.
public enum Golden {
    /// Asserts that `actual` equals the file `name` in the `Golden` folder next to `testFile`.
    public static func assertMatches(_ actual: String, named name: String, testFile: StaticString = #filePath,
                                     file: StaticString = #filePath, line: UInt = #line) {
        let folder = URL(fileURLWithPath: "\(testFile)").deletingLastPathComponent().appendingPathComponent("Golden")
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SVCSCAN_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path).map({ String(decoding: $0, as: UTF8.self) }) else {
            XCTFail("missing golden file \(name); run with SVCSCAN_RECORD=1 to create it", file: file, line: line)
            return
        }
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            let where_ = first.map { "line \($0.offset + 1):\n  expected: \($0.element.1)\n  actual:   \($0.element.0)" } ?? "line counts differ"
            XCTFail("\(name) differs from its golden file at \(where_)\n(SVCSCAN_RECORD=1 re-records)", file: file, line: line)
        }
    }
}
