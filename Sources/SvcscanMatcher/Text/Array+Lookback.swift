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
}
