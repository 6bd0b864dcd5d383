/// English inflection for `word~` patterns.
enum Inflector {
    /// The forms `word~` matches: the word, its -s/-es, -ed/-d and -ing forms, with the usual
    /// spelling changes (reply → replies/replied, resolve → resolving, plan → planned).
    static func forms(of word: String) -> [String] {
        var forms: Set<String> = [word]
        let chars = Array(word)
        guard let last = chars.last else { return [] }
        let beforeLast = chars.count > 1 ? chars[chars.count - 2] : " "
        if last == "y" && !isVowel(beforeLast) {
            let stem = String(chars.dropLast())
            forms.formUnion([stem + "ies", stem + "ied", word + "ing"])
        } else if last == "e" {
            let stem = String(chars.dropLast())
            forms.formUnion([word + "s", word + "d", stem + "ing"])
            if word.hasSuffix("ee") { forms.insert(word + "ing") }
        } else {
            let sibilant = ["s", "x", "z"].contains(last) || word.hasSuffix("ch") || word.hasSuffix("sh")
            forms.formUnion([word + (sibilant ? "es" : "s"), word + "ed", word + "ing"])
            // One-syllable consonant-vowel-consonant verbs double the final consonant (plan → planned);
            // longer words rarely do (listen → listened), and entries list exceptions.
            let vowelGroups = zip(chars, [" "] + chars.dropLast()).filter { isVowel($0.0) && !isVowel($0.1) }.count
            if vowelGroups == 1, chars.count >= 3, !isVowel(last), isVowel(beforeLast), !isVowel(chars[chars.count - 3]), !["w", "x", "y"].contains(last) {
                forms.formUnion([word + String(last) + "ed", word + String(last) + "ing"])
            }
        }
        return forms.sorted()
    }

    private static func isVowel(_ character: Character) -> Bool { "aeiou".contains(character) }
}
