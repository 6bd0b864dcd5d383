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
        tokens.anyOf(words, within: 4, before: start)
    }
}
