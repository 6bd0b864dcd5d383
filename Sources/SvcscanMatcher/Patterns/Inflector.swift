/// English inflection for `word~` patterns and past tense for rewrites.
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

    /// The past tense of a gerund ("answering" → "answered", "leading" → "led"), or nil when the
    /// word is not a gerund.
    static func pastTense(ofGerund gerund: String) -> String? {
        let lower = gerund.lowercased()
        guard lower.hasSuffix("ing"), !notGerunds.contains(lower) else { return nil }
        let stem = String(lower.dropLast(3))
        guard stem.count >= 2, irregularPast[stem] != nil || stem.count >= 3 else { return nil }
        if let irregular = irregularPast[stem] ?? irregularPast[stem + "e"] { return irregular }
        let chars = Array(stem)
        guard let last = chars.last, chars.count >= 2 else { return stem + "ed" }
        let beforeLast = chars[chars.count - 2]
        if last == "e" { return stem + "d" }
        if last == "y" { return isVowel(beforeLast) ? stem + "ed" : String(chars.dropLast()) + "ied" }
        // A doubled final consonant: running → ran, planning → planned (but calling → called).
        if last == beforeLast, !isVowel(last), !["l", "s", "f", "z"].contains(last) {
            let single = String(chars.dropLast())
            return irregularPast[single] ?? stem + "ed"
        }
        // The silent e dropped before -ing comes back with -ed: managing → managed.
        return stem + "ed"
    }

    /// Words ending in -ing that are not gerunds of a verb.
    private static let notGerunds: Set<String> = [
        "during", "morning", "evening", "nothing", "something", "anything", "everything", "ceiling", "string",
        "spring", "offspring", "wedding", "pudding", "sibling", "shilling", "viking",
    ]

    private static func isVowel(_ character: Character) -> Bool { "aeiou".contains(character) }

    private static let irregularPast: [String: String] = [
        "be": "was", "begin": "began", "bring": "brought", "build": "built", "buy": "bought", "choose": "chose",
        "cut": "cut", "deal": "dealt", "do": "did", "drive": "drove", "find": "found", "get": "got", "give": "gave",
        "go": "went", "grow": "grew", "hold": "held", "keep": "kept", "know": "knew", "lead": "led", "lend": "lent",
        "make": "made", "meet": "met", "oversee": "oversaw", "pay": "paid", "put": "put", "run": "ran", "say": "said",
        "see": "saw", "sell": "sold", "send": "sent", "set": "set", "speak": "spoke", "spend": "spent", "stand": "stood",
        "take": "took", "teach": "taught", "tell": "told", "think": "thought", "understand": "understood",
        "undertake": "undertook", "win": "won", "write": "wrote", "upset": "upset", "rebuild": "rebuilt",
        "feel": "felt", "hear": "heard", "seek": "sought", "catch": "caught", "fly": "flew", "handle": "handled",
    ]
}
