import SvcscanCore

/// Tells a cover letter from a résumé the way a reader does: a salutation ("Dear Ms. Thomas,")
/// near the start, a sign-off and first-person prose point to a letter; résumé section headings
/// and bullet lists point to a résumé. A salutation and first-person prose are enough on their own.
///
/// Blocks are added one at a time, so a long document is never tokenized all at once.
struct DocumentKindDetector {
    private var words = 0
    /// Word position of the first salutation, if any.
    private var salutationAt: Int?
    private var signOff = false
    private var prose = 0
    private var bullets = 0
    private var firstPerson = 0
    private var sections: Set<Section> = []

    mutating func add(_ block: Block, tokens: [Token], section: Section) {
        if block.kind == .listItem { bullets += 1 }
        if block.kind == .paragraph && tokens.count >= 25 { prose += 1 }
        if section != .opening { sections.insert(section) }
        // A salutation opens a letter: look for one in the first words only.
        if salutationAt == nil, words < Self.salutationWindow {
            for index in tokens.indices.prefix(Self.salutationWindow - words) where Self.opensSalutation(tokens, at: index) {
                salutationAt = words + index
                break
            }
        }
        // The voice of a text shows in its first words: the rest of a long résumé need not be read.
        let voiced = max(0, min(tokens.count, Self.voiceWindow - words))
        for index in tokens.indices.prefix(voiced) where Self.isFirstPerson(tokens[index].key) { firstPerson += 1 }
        if !signOff {
            for index in tokens.indices where Self.isSignOff(tokens[index].key) {
                let sentence = tokens[index].sentence
                if tokens.lazy.filter({ $0.sentence == sentence }).count <= 6 { signOff = true }
            }
        }
        words += tokens.count
    }

    /// The kind the blocks added so far point to.
    var kind: DocumentKind {
        var signals = 0
        // The salutation opens the letter, after the addresses at most: in the first third of it.
        if let salutationAt, salutationAt <= max(60, words / 3) { signals += 2 }
        if signOff { signals += 2 }
        // Running paragraphs written as "I" and "my": first-person words are 2 % or more of the
        // text's opening words.
        if prose >= 2 && prose > bullets && firstPerson >= 8 && firstPerson * 50 >= min(words, Self.voiceWindow) { signals += 2 }
        if sections.isEmpty { signals += 1 }
        if sections.count >= 2 { signals -= 2 }
        return signals >= 4 ? .coverLetter : .resume
    }

    /// How many words from the start a salutation may stand at (after the writer's and the
    /// employer's addresses and a date).
    private static let salutationWindow = 150

    /// How many words from the start are read for first-person prose.
    private static let voiceWindow = 600

    /// "Dear …", "Hello …" at the start of a sentence, or "To whom it may concern".
    private static func opensSalutation(_ tokens: [Token], at index: Int) -> Bool {
        let key = tokens[index].key
        if key == "dear" { return true }
        let opensSentence = index == 0 || tokens[index - 1].sentence != tokens[index].sentence
        if key == "hello" { return opensSentence }
        return key == "whom" && index > 0 && tokens[index - 1].key == "to" && index + 1 < tokens.count && tokens[index + 1].key == "it"
    }

    /// Closings ("Sincerely, Dana Reyes", "Kind regards", "Yours faithfully"), counted when they
    /// stand as a short sentence of their own: at the end, or before a résumé in the same file.
    private static func isSignOff(_ key: String) -> Bool {
        switch key {
        case "sincerely", "regards", "respectfully", "cordially", "faithfully", "gratitude": return true
        default: return false
        }
    }

    private static func isFirstPerson(_ key: String) -> Bool {
        switch key {
        case "i", "my", "me", "i'm", "i've": return true
        default: return false
        }
    }
}
