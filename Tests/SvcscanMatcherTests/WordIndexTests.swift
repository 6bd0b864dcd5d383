@testable import SvcscanMatcher
import Testing

struct WordIndexTests {
    private let words = ["listen", "listened", "résumé", "", "客户", "calm", "listen", "l", "li"]

    @Test func everyWordFindsItsFirstNumber() {
        let index = WordIndex(words)
        #expect(index.number(of: "listen") == 0, "a repeated word keeps its first number")
        #expect(index.number(of: "listened") == 1)
        #expect(index.number(of: "résumé") == 2)
        #expect(index.number(of: "") == 3)
        #expect(index.number(of: "客户") == 4)
        #expect(index.number(of: "calm") == 5)
        #expect(index.number(of: "l") == 7)
        #expect(index.number(of: "li") == 8)
    }

    @Test(arguments: ["liste", "listens", "Listen", "resume", "résumés", "客", "calm ", "x"])
    func wordsOutsideTheVocabularyAreNotFound(word: String) {
        #expect(WordIndex(words).number(of: word) == nil)
    }

    @Test func aLargeVocabularyFindsEveryWordAndNothingElse() {
        let vocabulary = (0..<20_000).map { "w\($0)" }
        let index = WordIndex(vocabulary)
        #expect(vocabulary.indices.allSatisfy { index.number(of: vocabulary[$0]) == Int32($0) })
        #expect((20_000..<21_000).allSatisfy { index.number(of: "w\($0)") == nil })
    }

    @Test func anEmptyVocabularyFindsNothing() {
        #expect(WordIndex([]).number(of: "listen") == nil)
        #expect(WordIndex([]).number(of: "") == nil)
    }
}
