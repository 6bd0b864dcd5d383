@testable import SvcscanMatcher
import XCTest

final class PatternCompilerTests: XCTestCase {
    private func matches(_ pattern: String, _ text: String) throws -> [String] {
        var builder = AutomatonBuilder()
        let compiler = PatternCompiler(classes: ["people": ["customer~", "end user~"]], numbering: builder.numbering)
        builder.insert(try compiler.compile(pattern), label: .init(entry: 0, role: .phrase))
        let automaton = builder.finish()
        let tokens = Tokenizer.tokens(in: text)
        return MatchSelector.select(automaton.matches(in: tokens)).map { match in
            tokens[match.start...match.end].map(\.key).joined(separator: " ")
        }
    }

    func testInflectionsMatchEveryFormOfTheWord() throws {
        for text in ["listen", "listens", "listened", "listening"] {
            XCTAssertEqual(try matches("listen~", text), [text])
        }
        XCTAssertEqual(try matches("reply~", "She replied and keeps replying"), ["replied", "replying"])
        XCTAssertEqual(try matches("resolve~", "resolving"), ["resolving"])
        XCTAssertEqual(try matches("plan~", "planned"), ["planned"])
        XCTAssertEqual(try matches("listen~", "listener"), [])
    }

    func testAlternativesOptionalWordsGapsClassesAndNumbers() throws {
        XCTAssertEqual(try matches("(first contact|first call) resolution", "first call resolution"), ["first call resolution"])
        XCTAssertEqual(try matches("answer~ (the)? phone~", "answered phones"), ["answered phones"])
        XCTAssertEqual(try matches("calm~ ... @people", "calmed three very upset customers"), ["calmed three very upset customers"])
        XCTAssertEqual(try matches("calm~ ... @people", "calmed one two three four five customers"), [])
        XCTAssertEqual(try matches("calm~ ...6 @people", "calmed one two three four five customers"), ["calmed one two three four five customers"])
        XCTAssertEqual(try matches("help~ @people", "helped end users"), ["helped end users"])
        XCTAssertEqual(try matches("cut~ ... by #", "cut wait times by 30%"), ["cut wait times by 30%"])
    }

    func testHyphensAndPossessivesAreWordBoundariesOnBothSides() throws {
        XCTAssertEqual(try matches("de-escalate~", "De escalated"), ["de escalated"])
        XCTAssertEqual(try matches("customer facing", "customer-facing"), ["customer facing"])
        XCTAssertEqual(try matches("customer need~", "the customer’s needs"), ["customer needs"])
        XCTAssertEqual(try matches("care", "careful"), [])
    }

    func testAMatchNeverCrossesASentence() throws {
        XCTAssertEqual(try matches("calm~ ... @people", "Stayed calm. Customers came back."), [])
        XCTAssertEqual(try matches("calm~ ... @people", "Calm | customers"), [])
    }
}
