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

    static func isClaimed(start: Int, in tokens: [Token]) -> Bool {
        tokens.anyOf(words, within: 4, before: start) || opensWithAbility(start: start, in: tokens)
    }

    /// True when the sentence opens with a word that offers what follows as an ability
    /// ("Capable of …", "Ability to …", "Experienced in …"), however long the sentence.
    static func opensWithAbility(start: Int, in tokens: [Token]) -> Bool {
        var first = start
        while first > 0, tokens[first - 1].sentence == tokens[start].sentence { first -= 1 }
        if tokens[first].key == "i", first + 1 < start { first += 1 }
        return first < start && openers.contains(tokens[first].key)
    }

    static let openers: Set<String> = [
        "ability", "abilities", "able", "capable", "capability", "capabilities", "experienced", "experience", "expertise",
        "proficient", "proficiency", "skilled", "knowledge", "familiar", "adept", "competent", "can", "strong", "excellent", "good",
    ]

    /// True when the match ends in, or just before, a word that names a skill ("communication
    /// skills", "stakeholder management skills"): a skill is a claim wherever it stands.
    static func namesASkill(end: Int, in tokens: [Token]) -> Bool {
        skillNouns.contains(tokens[end].key) || (end + 1 < tokens.count && skillNouns.contains(tokens[end + 1].key))
    }

    static let skillNouns: Set<String> = ["skill", "skills", "ability", "abilities", "abilty", "capability", "capabilities", "competence", "competency", "competencies", "knowledge"]
}
