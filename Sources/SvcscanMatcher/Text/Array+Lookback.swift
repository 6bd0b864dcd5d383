extension Array where Element == Token {
    /// True when one of `words` is among the `count` tokens before `start`, in the same sentence.
    func anyOf(_ words: Set<String>, within count: Int, before start: Int) -> Bool {
        let sentence = self[start].sentence
        var index = start - 1
        while index >= 0, start - index <= count, self[index].sentence == sentence {
            if words.contains(self[index].key) { return true }
            index -= 1
        }
        return false
    }

    /// The index of each sentence's first token, by sentence number (sentences are numbered from 0
    /// without gaps within a block). One pass, so asking where a sentence begins costs nothing.
    func sentenceStarts() -> [Int] {
        var starts: [Int] = []
        for (index, token) in enumerated() where token.sentence == starts.count { starts.append(index) }
        return starts
    }

    /// The first word of the sentence holding `index`, skipping an opening "I" ("I trained …")
    /// when a word follows it.
    func opening(ofSentenceAt index: Int, starts: [Int]) -> Int {
        let first = starts[self[index].sentence]
        return self[first].key == "i" && first < index ? first + 1 : first
    }
}
