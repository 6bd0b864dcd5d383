@testable import SvcscanMatcher
import XCTest

final class LexiconLoaderTests: XCTestCase {
    private func problems(_ yaml: String) -> [String] {
        do {
            _ = try Lexicon.load(files: [("classes.yml", TestLexicon.classes), ("bad.yml", yaml)])
            return []
        } catch let problems as Lexicon.Problems {
            return problems.errors.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    private let validEntry = """
      - id: trait.focus
        family: trait
        kind: evidence
        title: Focus
        seeds: [002_3e47d299f258dafe]
        weight: 2
        message: m
        rationale: r
        suggestion: s
        claim: ["focused"]
        examples:
          flag: ["⟦Focused⟧."]
          pass: ["Unfocused."]
    """

    func testWeightsOutsideZeroToOneHundredAreRefused() {
        let yaml = "entries:\n" + validEntry.replacingOccurrences(of: "weight: 2", with: "weight: .inf")
        XCTAssertEqual(problems(yaml), ["bad.yml:2: trait.focus: 'weight' must be between 0 and 100 points"])
    }

    func testBrokenYAMLPointsAtFileAndLine() {
        XCTAssertEqual(problems("entries:\n  - id: [unclosed\n"), ["bad.yml:3: YAML: did not find expected ',' or ']'"])
    }

    func testUnknownFieldsAreNamedWithTheirEntryAndLine() {
        let yaml = "entries:\n" + validEntry.replacingOccurrences(of: "title: Focus", with: "title: Focus\n    colour: red")
        XCTAssertEqual(problems(yaml), ["bad.yml:6: trait.focus: unknown field 'colour'"])
    }

    func testDuplicateIdsPointAtBothEntries() {
        let yaml = "entries:\n" + validEntry + "\n" + validEntry
        XCTAssertEqual(problems(yaml), ["bad.yml:15: trait.focus: id 'trait.focus' is already used by bad.yml:2"])
    }

    func testPatternsThatDoNotCompileAreReported() {
        let yaml = "entries:\n" + validEntry.replacingOccurrences(of: "claim: [\"focused\"]", with: "claim: [\"(focused\", \"@nobody here\", \"... focused\"]")
        XCTAssertEqual(problems(yaml), [
            "bad.yml:2: trait.focus: claim: pattern \"(focused\": missing ')'",
            "bad.yml:2: trait.focus: claim: pattern \"@nobody here\": unknown class @nobody",
            "bad.yml:2: trait.focus: claim: pattern \"... focused\": starts with a gap",
        ])
    }

    func testWrongValuesAndMissingExamplesAreExplained() {
        let yaml = "entries:\n" + validEntry
            .replacingOccurrences(of: "family: trait", with: "family: hobby")
        XCTAssertEqual(problems(yaml), [
            "bad.yml:3: trait.focus: 'family' is \"hobby\"; expected one of trait, role, phrasing",
        ])
        let noPass = "entries:\n" + validEntry.replacingOccurrences(of: "pass: [\"Unfocused.\"]", with: "")
        XCTAssertEqual(problems(noPass), ["bad.yml:2: trait.focus: needs at least one 'pass' example"])
    }

    func testSubstitutionNeedsAKnownRewriteTemplate() {
        let yaml = """
        entries:
          - id: phrasing.duty.tasked-with
            family: phrasing
            kind: substitution
            title: Tasked with
            seeds: [002_3e47d299f258dafe]
            weight: 2
            message: m
            rationale: r
            suggestion: s
            patterns: ["tasked with"]
            rewrite: "{verb} {thing}"
            examples:
              flag: ["⟦Tasked with⟧ x."]
              pass: ["x"]
        """
        XCTAssertEqual(problems(yaml), ["bad.yml:2: phrasing.duty.tasked-with: rewrite uses unknown placeholder {thing}"])
    }
}
