/// Decides whether a behaviour is only claimed by its context: a reviewer reads "experienced in
/// resolving customer complaints", "ability to train new staff" or "seeking a role where I can
/// serve customers" as a claim (a skill or a wish), not as something the writer did. A word of
/// that kind among the four words before the match, in the same sentence, makes it claimed.
enum ClaimContext {
    static let words: Set<String> = [
        "experience", "experienced", "expertise", "expert", "ability", "abilities", "able", "capable", "capability",
        "proficient", "proficiency", "skilled", "skills", "skill", "knowledge", "familiar", "familiarity", "adept",
        "competent", "competency", "competencies", "seeking", "seek", "looking", "aspire", "aspiring", "eager", "keen",
        "desire", "wish", "hope", "willing", "can", "could", "would", "will", "want", "passionate", "interested", "aim",
        "objective",
    ]

    /// `sentenceStarts` is `tokens.sentenceStarts()`, computed once per block.
    static func isClaimed(start: Int, in tokens: [Token], sentenceStarts: [Int]) -> Bool {
        if tokens.anyOf(words, within: 4, before: start) { return true }
        // A sentence opening with an ability word ("Capable of …", "Ability to …", "Experienced
        // in …") offers all of itself as an ability, however long it is; one opening with an aim
        // ("To work where I can uphold …", "Seeking a role …") offers it as a wish.
        let opening = tokens.opening(ofSentenceAt: start, starts: sentenceStarts)
        return opening < start && openers.contains(tokens[opening].key)
    }

    static let openers: Set<String> = [
        "ability", "abilities", "able", "capable", "capability", "capabilities", "experienced", "experience", "expertise",
        "proficient", "proficiency", "skilled", "knowledge", "familiar", "adept", "competent", "can", "strong", "excellent", "good",
        "to", "seeking", "looking",
    ]

    /// True when the match ends in, or just before, a word that names a skill ("communication
    /// skills", "stakeholder management skills"): a skill is a claim wherever it stands.
    static func namesASkill(end: Int, in tokens: [Token]) -> Bool {
        skillNouns.contains(tokens[end].key) || (end + 1 < tokens.count && skillNouns.contains(tokens[end + 1].key))
    }

    static let skillNouns: Set<String> = ["skill", "skills", "ability", "abilities", "abilty", "capability", "capabilities", "competence", "competency", "competencies", "knowledge"]
}
