@testable import SvcscanMatcher
import Testing

struct InflectorTests {
    @Test(arguments: [
        ("answering", "answered"), ("managing", "managed"), ("handling", "handled"), ("planning", "planned"),
        ("calling", "called"), ("replying", "replied"), ("staying", "stayed"), ("leading", "led"), ("running", "ran"),
        ("making", "made"), ("writing", "wrote"), ("building", "built"), ("training", "trained"), ("setting", "set"),
    ])
    func gerundBecomesPastTense(gerund: String, past: String) throws {
        #expect(try TestLexicon.make().verbs.pastTense(ofGerund: gerund) == past)
    }

    @Test(arguments: ["during", "morning", "string", "bring", "thing", "calls"])
    func wordsThatOnlyLookLikeGerundsAreLeftAlone(word: String) throws {
        #expect(try TestLexicon.make().verbs.pastTense(ofGerund: word) == nil)
    }

    @Test func inflectionsCoverPluralsPastAndGerund() {
        #expect(Set(Inflector.forms(of: "listen")) == ["listen", "listens", "listened", "listening"])
        #expect(Set(Inflector.forms(of: "reply")).isSuperset(of: ["replies", "replied", "replying"]))
        #expect(Set(Inflector.forms(of: "resolve")).isSuperset(of: ["resolves", "resolved", "resolving"]))
    }
}
