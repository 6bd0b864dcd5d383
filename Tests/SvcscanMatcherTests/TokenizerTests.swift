@testable import SvcscanMatcher
import XCTest

final class TokenizerTests: XCTestCase {
    func testFoldsCaseQuotesLigaturesAndKeepsScalarOffsets() {
        let tokens = Tokenizer.tokens(in: "“Oﬃce” MANAGER’s re-opened café")
        XCTAssertEqual(tokens.map(\.key), ["office", "manager", "re", "opened", "café"])
        XCTAssertEqual(tokens.map(\.start), [1, 7, 17, 20, 27])
        XCTAssertEqual(tokens[0].end, 5)
    }

    func testNumbersPercentagesAndYears() {
        let tokens = Tokenizer.tokens(in: "Cut churn 4.5% across 1,200 accounts in 2021, twelve sites")
        XCTAssertEqual(tokens.filter(\.isNumber).map(\.key), ["4.5%", "1,200", "2021", "twelve"])
        XCTAssertEqual(tokens.filter(\.isYear).map(\.key), ["2021"])
    }

    func testNumbersWrittenAsWordsAndFractions() {
        let tokens = Tokenizer.tokens(in: "Cut call-backs by a third, twice a week, doubled sales; third-party tools each quarter")
        XCTAssertEqual(tokens.filter(\.isNumber).map(\.key), ["third", "twice", "doubled"])
    }

    func testWrappedLinesAndFlattenedBulletsSplitAsAReaderWould() {
        let wrapped = Tokenizer.tokens(in: "Trained a sales team of 35 from 20 partner companies and\nLifted revenue\nNew line")
        XCTAssertEqual(Set(wrapped.filter { $0.key != "new" && $0.key != "line" }.map(\.sentence)), [0])
        XCTAssertEqual(wrapped.last?.sentence, 1)
        let flat = Tokenizer.tokens(in: "Skills ➢ Retail sales - Answered calls � Trained staff")
        XCTAssertEqual(flat.map(\.sentence), [0, 1, 1, 2, 2, 3, 3])
    }

    func testSentenceBoundaries() {
        let tokens = Tokenizer.tokens(in: "Led a team. Node.js apps; kept\nwrapping here\nNew line")
        XCTAssertEqual(tokens.map(\.sentence), [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3])
    }
}
