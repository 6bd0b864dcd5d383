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
        tokens.anyOf(words, within: 3, before: start)
    }
}
