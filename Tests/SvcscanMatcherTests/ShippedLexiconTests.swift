import Foundation
@testable import SvcscanMatcher
import XCTest

/// The test driver for the shipped lexicon: every example of every entry must behave as written.
final class ShippedLexiconTests: XCTestCase {
    private var folder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Lexicon").path
    }

    /// Runs on the lexicon built into the binary: the compiled form is what users get.
    func testEveryExampleOfEveryEntryBehaves() throws {
        let lexicon = try Lexicon.embedded()
        let problems = LexiconVerifier(lexicon: lexicon).problems()
        XCTAssertTrue(problems.isEmpty, "\n" + problems.map(\.description).joined(separator: "\n"))
    }

    func testBuiltInLexiconIsTheLexiconFolderCompiled() throws {
        let onDisk: Lexicon
        do {
            onDisk = try Lexicon.load(path: folder)
        } catch {
            return XCTFail("the lexicon does not load:\n\(error)")
        }
        XCTAssertTrue(try Lexicon.embedded().compiled() == onDisk.compiled(), "Lexicon/ changed: run scripts/embed-lexicon")
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
