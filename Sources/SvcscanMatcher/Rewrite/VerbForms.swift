/// The verb forms rewrites draw on, read from the lexicon's `verbs:` tables: irregular past
/// tenses, nouns that stand for a verb after a duty phrase ("review of documents" → "reviewed
/// documents"), and -ing words that are usually nouns or no verb at all.
public struct VerbForms: Sendable, Hashable {
    /// Base form → past tense, for verbs that do not add -ed ("lead" → "led").
    public var irregularPast: [String: String] = [:]
    /// Noun → the past tense it stands for ("maintenance" → "maintained").
    public var nominalisations: [String: String] = [:]
    /// -ing words read as nouns ("billing", "training"): made past only when a verb's object
    /// follows ("training the new cashiers"), never in "billing inquiries".
    public var ingNouns: Set<String> = []
    /// Words ending in -ing that are no verb ("during", "morning").
    public var notVerbs: Set<String> = []
    /// Base forms writers put after a duty phrase ("Responsible for maintain the day book"),
    /// which are rarely nouns there.
    public var baseVerbs: Set<String> = []

    public init() {}

    /// The past tense of a base form listed in `baseVerbs` or `irregularPast` ("maintain" →
    /// "maintained", "lead" → "led"), or nil.
    public func pastTense(ofBase word: String) -> String? {
        let lower = word.lowercased()
        if let irregular = irregularPast[lower] { return irregular }
        guard baseVerbs.contains(lower), let last = lower.last else { return nil }
        if last == "e" { return lower + "d" }
        if last == "y", let before = lower.dropLast().last, !"aeiou".contains(before) { return lower.dropLast() + "ied" }
        return lower + "ed"
    }

    /// The past tense of a gerund ("answering" → "answered", "leading" → "led"), or nil when the
    /// word is not a gerund.
    public func pastTense(ofGerund gerund: String) -> String? {
        let lower = gerund.lowercased()
        guard lower.hasSuffix("ing"), !notVerbs.contains(lower) else { return nil }
        let stem = String(lower.dropLast(3))
        guard stem.count >= 2, irregularPast[stem] != nil || stem.count >= 3 else { return nil }
        if let irregular = irregularPast[stem] ?? irregularPast[stem + "e"] { return irregular }
        let chars = Array(stem)
        guard let last = chars.last, chars.count >= 2 else { return stem + "ed" }
        let beforeLast = chars[chars.count - 2]
        if last == "e" { return stem + "d" }
        if last == "y" { return "aeiou".contains(beforeLast) ? stem + "ed" : String(chars.dropLast()) + "ied" }
        // A doubled final consonant: running → ran, planning → planned (but calling → called).
        if last == beforeLast, !"aeiou".contains(last), !["l", "s", "f", "z"].contains(last) {
            let single = String(chars.dropLast())
            return irregularPast[single] ?? stem + "ed"
        }
        // The silent e dropped before -ing comes back with -ed: managing → managed.
        return stem + "ed"
    }
}
