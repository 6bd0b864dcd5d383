/// Numbers words in the order they are first seen, so the pattern compiler and the automaton
/// builder handle numbers instead of hashing the same strings over and over.
final class WordNumbering {
    private var numbers: [String: Int32] = [:]
    /// The words, by number.
    private(set) var words: [String] = []

    /// The word's number, given a new one if it has none yet.
    func number(of word: String) -> Int32 {
        if let known = numbers[word] { return known }
        let number = Int32(words.count)
        numbers[word] = number
        words.append(word)
        return number
    }
}
