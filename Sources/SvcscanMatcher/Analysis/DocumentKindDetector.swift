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
        for (index, token) in tokens.enumerated() {
            if salutationAt == nil, Self.opensSalutation(tokens, at: index) { salutationAt = words + index }
            if token.key.utf8.count <= 4, Self.firstPersonWords.contains(token.key) { firstPerson += 1 }
            if !signOff, Self.signOffs.contains(token.key) {
                let sentence = token.sentence
                signOff = tokens.lazy.filter { $0.sentence == sentence }.count <= 6
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
        // Running paragraphs written as "I" and "my": first-person words are 2 % or more of the text.
        if prose >= 2 && prose > bullets && firstPerson >= 8 && firstPerson * 50 >= words { signals += 2 }
        if sections.isEmpty { signals += 1 }
        if sections.count >= 2 { signals -= 2 }
        return signals >= 4 ? .coverLetter : .resume
    }

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
    private static let signOffs: Set<String> = ["sincerely", "regards", "respectfully", "cordially", "faithfully", "gratitude"]
    private static let firstPersonWords: Set<String> = ["i", "my", "me", "i'm", "i've"]
}
