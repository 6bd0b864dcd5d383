import Foundation
@testable import SvcscanMatcher
import XCTest

/// The test driver for the shipped lexicon: every example of every entry must behave as written.
final class ShippedLexiconTests: XCTestCase {
    private var folder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Lexicon").path
    }

    func testEveryExampleOfEveryEntryBehaves() throws {
        let lexicon: Lexicon
        do {
            lexicon = try Lexicon.load(directory: folder)
        } catch {
            return XCTFail("the lexicon does not load:\n\(error)")
        }
        let problems = LexiconVerifier(lexicon: lexicon).problems()
        XCTAssertTrue(problems.isEmpty, "\n" + problems.map(\.description).joined(separator: "\n"))
    }

    func testEmbeddedLexiconMatchesTheLexiconFolder() throws {
        let onDisk = try Lexicon.readFiles(in: folder)
        XCTAssertEqual(EmbeddedLexicon.files.map(\.path), onDisk.map(\.path), "run scripts/embed-lexicon")
        for (embedded, disk) in zip(EmbeddedLexicon.files, onDisk) {
            XCTAssertEqual(embedded.yaml, disk.yaml.trimmingCharacters(in: .newlines), "\(disk.path) changed: run scripts/embed-lexicon")
        }
    }

    func testTheShippedLexiconCoversEveryFamilyAndNamesItsSeeds() throws {
        let lexicon = try Lexicon.embedded()
        let seeds = Set(["000_5fddd906330af1f6", "001_43a685032269c5a9", "002_3e47d299f258dafe", "003_1f2f4bb61644418d", "004_3c154e5a6bf54437"])
        XCTAssertGreaterThanOrEqual(lexicon.entries.filter { $0.family == .trait }.count, 20)
        XCTAssertGreaterThanOrEqual(lexicon.entries.filter { $0.family == .role }.count, 5)
        XCTAssertGreaterThanOrEqual(lexicon.entries.filter { $0.family == .phrasing }.count, 8)
        for entry in lexicon.entries {
            XCTAssertTrue(Set(entry.seeds).isSubset(of: seeds), "\(entry.id) names an unknown seed: \(entry.seeds)")
        }
    }
}
