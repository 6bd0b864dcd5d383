import SvcscanCore

/// Tells a cover letter from a résumé the way a reader does: a salutation ("Dear Ms. Thomas,")
/// near the start, a sign-off near the end and first-person prose point to a letter; résumé
/// section headings and bullet lists point to a résumé. A salutation and first-person prose are
/// enough on their own.
enum DocumentKindDetector {
    static func kind(of blocks: [Block], tokens: [[Token]], sections: [Section]) -> DocumentKind {
        guard !blocks.isEmpty else { return .resume }
        let words = tokens.reduce(0) { $0 + $1.count }
        var signals = 0
        if hasSalutation(tokens, words: words) { signals += 2 }
        if hasSignOff(tokens) { signals += 2 }
        if isFirstPersonProse(blocks, tokens, words: words) { signals += 2 }
        let headings = Set(sections).subtracting([.opening]).count
        if headings == 0 { signals += 1 }
        if headings >= 2 { signals -= 2 }
        return signals >= 4 ? .coverLetter : .resume
    }

    /// "Dear …", "Hello …" or "To whom it may concern" opening a sentence in the first third of
    /// the words (a letter may start with the writer's and the employer's addresses).
    private static func hasSalutation(_ tokens: [[Token]], words: Int) -> Bool {
        var seen = 0
        for block in tokens {
            for (index, token) in block.enumerated() {
                guard seen + index <= max(60, words / 3) else { return false }
                let opensSentence = index == 0 || block[index - 1].sentence != token.sentence
                if token.key == "dear" || (opensSentence && token.key == "hello")
                    || (token.key == "whom" && index > 0 && block[index - 1].key == "to" && block.dropFirst(index + 1).first?.key == "it") {
                    return true
                }
            }
            seen += block.count
        }
        return false
    }

    private static let signOffs: Set<String> = ["sincerely", "regards", "respectfully", "cordially", "faithfully", "gratitude"]

    /// A closing ("Sincerely, Dana Reyes", "Kind regards", "Yours faithfully") as a short sentence
    /// of its own: at the end, or before a résumé that follows the letter in the same file.
    private static func hasSignOff(_ tokens: [[Token]]) -> Bool {
        tokens.contains { block in
            block.indices.contains { index in
                guard signOffs.contains(block[index].key) else { return false }
                let sentence = block[index].sentence
                return block.lazy.filter { $0.sentence == sentence }.count <= 6
            }
        }
    }

    /// Running paragraphs written as "I" and "my": at least two paragraphs of 25 words, more
    /// paragraphs than list items, and first-person words making up 2 % or more of the text.
    private static func isFirstPersonProse(_ blocks: [Block], _ tokens: [[Token]], words: Int) -> Bool {
        let prose = zip(blocks, tokens).filter { $0.0.kind == .paragraph && $0.1.count >= 25 }.count
        let bullets = blocks.filter { $0.kind == .listItem }.count
        let firstPerson = tokens.reduce(0) { $0 + $1.filter { ["i", "my", "me", "i'm", "i've"].contains($0.key) }.count }
        return prose >= 2 && prose > bullets && firstPerson >= 8 && firstPerson * 50 >= words
    }
}
