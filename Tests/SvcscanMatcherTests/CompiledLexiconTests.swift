@testable import SvcscanMatcher
import SvcscanCore
import SvcscanParsers
import XCTest

/// A compiled lexicon must behave exactly like the YAML it came from, and a damaged one must be
/// refused with a reason instead of being misread.
final class CompiledLexiconTests: XCTestCase {
    private func yamlLexicon() throws -> Lexicon {
        try TestLexicon.make()
    }

    private func problems(_ bytes: [UInt8]) -> [String] {
        do {
            _ = try bytes.withUnsafeBytes { try Lexicon.load(compiled: $0, name: "test.svclex") }
            return []
        } catch let problems as Lexicon.Problems {
            return problems.errors.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    func testCompiledLexiconFindsWhatTheYAMLFinds() throws {
        let yaml = try yamlLexicon()
        let compiled = try yaml.compiled().withUnsafeBytes { try Lexicon.load(compiled: $0, name: "test.svclex") }
        let text = """
        SUMMARY
        Patient with everyone; never missed a deadline.
        EXPERIENCE
        - Responsible for calming upset customers, which reduced churn by 12%.
        """
        let document = try DocumentLoader().load(Array(text.utf8), name: "cv.txt", format: .txt)
        let fromYAML = Analyzer(lexicon: yaml).analyze(document)
        let fromCompiled = Analyzer(lexicon: compiled).analyze(document)
        XCTAssertFalse(fromYAML.findings.isEmpty)
        XCTAssertEqual(fromCompiled.findings, fromYAML.findings)
        XCTAssertEqual(fromCompiled.score.total, fromYAML.score.total)
        XCTAssertEqual(compiled.entries.map(\.examples.flag), yaml.entries.map(\.examples.flag))
    }

    func testTheSameLexiconAlwaysCompilesToTheSameBytes() throws {
        let first = try yamlLexicon().compiled()
        let again = try yamlLexicon().compiled()
        let roundTrip = try first.withUnsafeBytes { try Lexicon.load(compiled: $0, name: "test.svclex") }.compiled()
        XCTAssertEqual(first, again)
        XCTAssertEqual(first, roundTrip)
    }

    func testEveryTruncationIsRefusedWithAReason() throws {
        let bytes = try yamlLexicon().compiled()
        for length in stride(from: Lexicon.compiledMagic.count, to: bytes.count, by: 7) {
            XCTAssertEqual(problems(Array(bytes[..<length])), ["test.svclex: compiled lexicon is truncated or damaged"], "cut at \(length)")
        }
    }

    func testDamagedBytesAreRefusedOrStillMatchSafely() throws {
        let bytes = try yamlLexicon().compiled()
        let text = "SUMMARY\nPatient with every customer; never missed a deadline.\n- Responsible for calls; reduced churn by 12%.\n"
        let tokens = Tokenizer.tokens(in: text)
        let document = try DocumentLoader().load(Array(text.utf8), name: "cv.txt", format: .txt)
        var refused = 0
        for position in stride(from: Lexicon.compiledMagic.count + 1, to: bytes.count, by: 5) {
            for value: UInt8 in [0x00, 0x7F, 0xFF] {
                var damaged = bytes
                damaged[position] = value
                do {
                    let lexicon = try damaged.withUnsafeBytes { try Lexicon.load(compiled: $0, name: "test.svclex") }
                    _ = lexicon.automaton.matches(in: tokens)
                    _ = Analyzer(lexicon: lexicon).analyze(document)
                } catch {
                    refused += 1
                }
            }
        }
        XCTAssertGreaterThan(refused, 0)
    }

    func testOtherFilesAndOtherFormatVersionsAreRefused() throws {
        XCTAssertEqual(problems(Array("entries: []\n".utf8)), ["test.svclex: not a compiled svcscan lexicon"])
        var future = try yamlLexicon().compiled()
        future[Lexicon.compiledMagic.count] = UInt8(Lexicon.compiledFormat + 1)
        XCTAssertEqual(problems(future), [
            "test.svclex: compiled lexicon format \(Lexicon.compiledFormat + 1), this svcscan reads format \(Lexicon.compiledFormat): compile it again with `svcscan lexicon compile`",
        ])
    }
}
