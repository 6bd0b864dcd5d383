/// Decides whether a match is negated: a negating word among the three words before it, in
/// the same sentence ("not patient", "lack of empathy"). A pattern that itself starts with a
/// negation ("never missed a deadline") is not negated by that word.
enum Negation {
    static let words: Set<String> = [
        "not", "never", "no", "without", "lack", "lacks", "lacking", "lacked", "cannot", "can't", "don't", "didn't",
        "doesn't", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "hardly", "rarely", "seldom", "nor",
        "neither", "unable", "fail", "failed", "fails", "failing",
    ]

    static func isNegated(start: Int, in tokens: [Token]) -> Bool {
        guard start > 0 else { return false }
        let sentence = tokens[start].sentence
        var index = start - 1
        var looked = 0
        while index >= 0, looked < 3, tokens[index].sentence == sentence {
            if words.contains(tokens[index].key) { return true }
            index -= 1
            looked += 1
        }
        return false
    }
}
