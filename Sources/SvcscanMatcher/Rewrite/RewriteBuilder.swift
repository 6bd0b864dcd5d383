/// Builds a rewrite from the whole sentence around a match: the duty phrase and the writer's
/// words after it become one past-tense verb phrase ("Responsible for review of documents and
/// verifying totals" → "Reviewed documents and verified totals"), coordinated verbs kept
/// parallel, and slots added only for facts the sentence does not already give.
struct RewriteBuilder {
    /// The block's tokens and its text as Unicode scalars (token offsets index into it).
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    let verbs: VerbForms
    /// Where the block answers a slot (`who`, `team`, `result`): a number, or a match naming
    /// the people served or an outcome, by token positions.
    let answers: [(tokens: ClosedRange<Int>, slot: String)]

    /// What replaces what: scalar offsets into the block's text, half-open.
    struct Result {
        var start: Int
        var end: Int
        var replacement: String
    }

    /// Longest run of the writer's words a rewrite carries; a longer "sentence" is a flattened
    /// paragraph, and a rewrite of it would not be one a reader could use.
    static let longestRest = 30

    func rewrite(template: String, match: PhraseAutomaton.Match) -> Result? {
        // Somebody else's duties ("Their responsibilities included …", "the class which is
        // responsible for …", "they were responsible for …") are not the writer's to rewrite.
        if match.start > 0, Self.otherActors.contains(tokens[match.start - 1].key) { return nil }
        // An auxiliary left before the match ("who was also responsible for") would make the
        // rewrite's past tense a passive: "who was also managed".
        if tokens[max(0, match.start - 3)..<match.start].contains(where: { Self.otherActors.contains($0.key) || Self.auxiliaries.contains($0.key) }),
           match.start > 0, tokens[match.start - 1].sentence == tokens[match.start].sentence { return nil }
        let usesRest = RewriteTemplate.usesRest(template)
        // A capital opens a sentence too where a flattened document lost its full stops
        // ("… Java developer Responsible for designing …"), but not in Title Case ("Individuals
        // Involved in Your Care").
        let capital = { (index: Int) in index < self.tokens.count && self.scalars[self.tokens[index].start].properties.isUppercase }
        let startsSentence = match.start == 0 || tokens[match.start - 1].sentence != tokens[match.start].sentence
            || (capital(match.start) && !(capital(match.start - 1) && capital(match.end + 1)))
        // A company's or a project's description ("Company profile: involved in generating …").
        if ThingSubject.isAboutAThing(start: match.start, in: tokens) { return nil }
        let buildsVerb = template.contains("{verb") || template.contains("{object}")
        // A template that puts a verb phrase in place of the match reads only where the writer's
        // own clause starts: "Served customers, served [N] [who] per shift" and "machines
        // Contributed to the daily process" would not.
        if !startsSentence, tokens[match.start - 1].key != "i", !(buildsVerb && Self.clauseOpeners(tokens[match.start - 1].key)) { return nil }
        let last = lastWord(after: match)
        // A line that introduces a list ("My key responsibilities included the following:").
        let tail = last + 1 < tokens.count ? scalars[tokens[last].end..<tokens[last + 1].start] : scalars[tokens[last].end...]
        if tail.contains(":"), last - match.end <= 2 { return nil }
        guard last - match.end <= Self.longestRest, bracketsClose(from: match.start, to: last),
              last == match.end || !Self.danglingWords.contains(tokens[last].key) else { return nil }
        let rest = match.end + 1 <= last ? Array(match.end + 1...last) : []
        // A sentence "ending" before a word in lower case, or after a title, was cut at an
        // abbreviation ("G.I. pipe", "Dr. Verghese").
        if last + 1 < tokens.count, tokens[last + 1].sentence != tokens[last].sentence,
           scalars[tokens[last + 1].start].properties.isLowercase || Self.titles.contains(tokens[last].key) { return nil }
        // A slot is answered by the writer's words that the rewrite keeps: in the match's
        // sentence, outside the words a template without {match} replaces.
        let sentence = tokens[match.start].sentence
        let keepsMatch = template.contains("{match}")
        var known = Set(answers.filter { answer in
            tokens[answer.tokens.lowerBound].sentence == sentence
                && (keepsMatch || answer.tokens.lowerBound < match.start || answer.tokens.upperBound > match.end)
        }.map(\.slot))
        if rest.contains(where: { tokens[$0].key == "with" || tokens[$0].key == "alongside" }) { known.insert("team") }
        // "… to the senior management team", "… for the manager": the writer's words name whom.
        if rest.indices.contains(where: { at in
            ["to", "for"].contains(tokens[rest[at]].key) && rest[(at + 1)...].prefix(3).contains { Self.people.contains(tokens[$0].key) }
        }) { known.insert("who") }
        // A template built on the verb of the writer's following words needs some.
        if rest.isEmpty, template.contains("{verb") || template.contains("{object}") { return nil }
        var phrase = VerbPhrase(verb: nil, objectStart: rest.first ?? match.end + 1)
        if usesRest, !rest.isEmpty {
            phrase = leadingVerb(rest)
            if phrase.opensWithNoun { return nil }
            // "daily management of the line" needs its noun made a verb, and a verb put before
            // the modifier would read "Managed daily management of": leave such a line alone.
            if phrase.verb == nil, rest.prefix(3).indices.dropFirst().contains(where: { at in
                verbs.nominalisations[tokens[rest[at]].key] != nil && at + 1 < rest.count && tokens[rest[at + 1]].key == "of"
            }) { return nil }
            // Nor would "Managed people management".
            if phrase.verb == nil, let fallback = RewriteTemplate.fallbackVerb(in: template)?.lowercased(),
               rest.prefix(3).contains(where: { verbs.nominalisations[tokens[$0].key] == fallback }) { return nil }
        }
        let objectText = phrase.objectStart <= last ? object(from: phrase.objectStart, to: last, afterVerb: phrase.verb != nil) : ""
        // A list the opening verb cannot make parallel ("Installed build, Maintaining test bed,
        // Smoke testing") reads worse than the writer's own.
        if phrase.verb != nil, phrase.objectStart <= last, leavesAGerundListed(from: phrase.objectStart, to: last, in: objectText) { return nil }
        if phrase.objectStart <= last, !coordinatesCleanly(phrase, last: last) { return nil }
        let words = RewriteTemplate.Words(
            match: text(tokens[match.start].start, tokens[match.end].end),
            rest: rest.isEmpty ? "" : text(tokens[rest[0]].start, tokens[last].end),
            verb: phrase.verb,
            object: objectText,
            startsSentence: startsSentence,
            known: known)
        guard let replacement = RewriteTemplate.fill(template, with: words) else { return nil }
        // A template that carries the writer's following words replaces them too; one that
        // does not replaces only the matched phrase.
        let end = usesRest && !rest.isEmpty ? tokens[last].end : tokens[match.end].end
        return Result(start: tokens[match.start].start, end: end, replacement: replacement)
    }

    /// The last word the rewrite may take: the end of the match's sentence, or the word before a
    /// break inside it where a new item starts (a colon, a spaced dash), or before a clause of
    /// its own (", cutting waits by half"), which stays as written after the slots.
    private func lastWord(after match: PhraseAutomaton.Match) -> Int {
        let sentence = tokens[match.start].sentence
        var last = match.end
        while last + 1 < tokens.count, tokens[last + 1].sentence == sentence, !isBreak(between: last, and: last + 1) {
            if last > match.end, opensClause(at: last + 1, sentence: sentence) { break }
            last += 1
        }
        return last
    }

    /// True for a gerund after a comma that no later "and" or "or" makes one of a list.
    private func opensClause(at index: Int, sentence: Int) -> Bool {
        guard scalars[tokens[index - 1].end..<tokens[index].start].contains(","),
              !verbs.ingNouns.contains(tokens[index].key), verbs.pastTense(ofGerund: tokens[index].key) != nil,
              index + 1 < tokens.count, !scalars[tokens[index].end..<tokens[index + 1].start].contains(",") else { return false }
        // Another gerund after a later comma makes it a list ("Invoicing, Controlling stock,
        // handling orders"), and so does a later "and" or "or".
        var next = index + 1
        while next < tokens.count, tokens[next].sentence == sentence {
            if tokens[next].key == "and" || tokens[next].key == "or" { return false }
            if scalars[tokens[next - 1].end..<tokens[next].start].contains(","), verbs.pastTense(ofGerund: tokens[next].key) != nil { return false }
            next += 1
        }
        return true
    }

    private func isBreak(between a: Int, and b: Int) -> Bool {
        let gap = scalars[tokens[a].end..<tokens[b].start]
        if gap.contains(where: { ":;|[{".unicodeScalars.contains($0) }) { return true }
        // The label of the next item in a flattened list: "… the required knowledge k. Analysing …".
        if tokens[b].key.count == 1, b + 1 < tokens.count, !["g", "e"].contains(tokens[b + 1].key),
           scalars[tokens[b].end..<tokens[b + 1].start].contains(where: { $0 == "." || $0 == ")" }) {
            return true
        }
        let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}"]
        return gap.contains(where: dashes.contains) && gap.first?.properties.isWhitespace == true
    }

    /// False when a bracket or a quotation opened in the words from `start` to `end` is not
    /// closed in them: the slots would land inside it ("(e.g" → "(e.g for [who]").
    private func bracketsClose(from start: Int, to end: Int) -> Bool {
        var depth = 0, curly = 0, straight = 0
        for scalar in scalars[tokens[start].start..<tokens[end].end] {
            switch scalar {
            case "(": depth += 1
            case ")": depth -= 1
            case "\u{201C}": curly += 1
            case "\u{201D}": curly -= 1
            case "\"": straight += 1
            default: break
            }
        }
        return depth == 0 && curly == 0 && straight % 2 == 0
    }

    private struct VerbPhrase {
        var verb: String?
        var objectStart: Int
        /// True when the words open with an -ing noun ("building maintenance"): a verb put
        /// before it ("Managed building training material") would misread it.
        var opensWithNoun = false
    }

    /// The verb the writer's words open with, in the past tense, and where its object starts:
    /// a gerund ("answering calls"), a gerund or a noun for a verb with "of" ("training of new
    /// members", "the preparation of reports"). An -ing noun ("billing inquiries") is no verb.
    private func leadingVerb(_ rest: [Int]) -> VerbPhrase {
        var first = 0
        if tokens[rest[0]].key == "the", rest.count > 2, verbs.nominalisations[tokens[rest[1]].key] != nil { first = 1 }
        // "professionally managing the sales cycle" → "professionally managed the sales cycle".
        let adverb = rest.count > 2 && tokens[rest[0]].key.hasSuffix("ly") && verbs.pastTense(ofGerund: tokens[rest[1]].key) != nil
        if adverb { first = 1 }
        let index = rest[first]
        let followedByOf = first + 1 < rest.count && tokens[rest[first + 1]].key == "of"
        if let past = pastTense(at: index, firstInPhrase: true) ?? nominalisedVerb(at: index, end: rest[rest.count - 1])
            ?? verbs.pastTense(ofBase: tokens[index].key) {
            return VerbPhrase(verb: adverb ? text(tokens[rest[0]].start, tokens[rest[0]].end) + " " + past : past,
                              objectStart: index + (followedByOf ? 2 : 1))
        }
        return VerbPhrase(verb: nil, objectStart: rest[0], opensWithNoun: verbs.ingNouns.contains(tokens[index].key))
    }

    /// The past tense of the word at `index` when it is used as a verb there.
    private func pastTense(at index: Int, firstInPhrase: Bool) -> String? {
        let key = tokens[index].key
        guard let past = verbs.pastTense(ofGerund: key) else { return nil }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        if verbs.ingNouns.contains(key) {
            // "training the new cashiers" is a verb; "billing inquiries" a noun.
            guard let next, next.isNumber || Self.objectOpeners.contains(next.key) || next.key == "of" else { return nil }
        } else if !firstInPhrase {
            // A coordinated verb has an object: "and resolving complaints", not a trailing "and training".
            guard next != nil else { return nil }
        }
        return past
    }

    /// The writer's words from `start` to `end`, with every verb coordinated with the opening
    /// one ("and verifying totals", "and review of claims") put in the past tense as well. After
    /// a fallback verb only a verb joined by "and" or "or" that takes an object follows it
    /// ("Managed sales and enhanced the brand"), not a list of -ing nouns ("Managed all of the
    /// dispatching, routing and tracking of vans").
    private func object(from start: Int, to end: Int, afterVerb: Bool) -> String {
        // "gathering, checking and filing", "planning & achieving": what joins the opening verb
        // to the next stays.
        let joint = scalars[tokens[start - 1].end..<tokens[start].start]
        var output = !afterVerb ? "" : joint.contains(",") ? ", " : joint.contains("&") ? " & " : ""
        var copiedTo = tokens[start].start
        var index = start
        while index <= end {
            let gap = scalars[tokens[index - 1].end..<tokens[index].start]
            // "Planning & achieving": an ampersand joins like "and".
            let previous = gap.contains("&") ? "and" : tokens[index - 1].key
            // A gerund after a comma joins a list only when "and" or "or" closes it later; alone it
            // opens a clause of its own (", cutting waits by half").
            let listed = gap.contains(",") && index < end && listEndsWithAVerb(after: index, end: end)
            let followedByOf = index + 1 <= end && tokens[index + 1].key == "of"
            let joined = previous == "and" || previous == "or"
            if afterVerb ? joined || listed : joined && index > start && !followedByOf {
                // "Managed the rota and maintain the day book": a listed base form follows too.
                if let past = pastTense(at: index, firstInPhrase: false) ?? nominalisedVerb(at: index, end: end)
                    ?? (previous == "and" ? verbs.pastTense(ofBase: tokens[index].key) : nil) {
                    output += text(copiedTo, tokens[index].start) + past
                    // "verification of data" → "verified data": the "of" goes with the noun.
                    copiedTo = followedByOf ? tokens[index + 1].end : tokens[index].end
                    index += followedByOf ? 2 : 1
                    continue
                }
            }
            index += 1
        }
        return output + text(copiedTo, tokens[end].end)
    }

    /// The past tense a noun at `index` stands for as a verb: with its object after "of"
    /// ("verification of data"), or as one of a list of such nouns that shares the object
    /// ("planning, installation and execution of the server").
    private func nominalisedVerb(at index: Int, end: Int) -> String? {
        guard let past = verbs.nominalisations[tokens[index].key], index < end else { return nil }
        let next = tokens[index + 1]
        if next.key == "of" { return past }
        let item = next.key == "and" || next.key == "or" ? index + 2 : index + 1
        let listGoesOn = item == index + 2 || scalars[tokens[index].end..<next.start].contains(",")
        return listGoesOn && item <= end && isVerbLike(item) ? past : nil
    }

    /// False when the verb put first would not be parallel with what the writer joined to it:
    /// an opening verb followed by "and" and a noun ("Designed and back-end development of").
    private func coordinatesCleanly(_ phrase: VerbPhrase, last: Int) -> Bool {
        let start = phrase.objectStart
        if phrase.verb != nil {
            let joined = ["and", "or"].contains(tokens[start].key) || scalars[tokens[start - 1].end..<tokens[start].start].contains(",")
            let item = ["and", "or"].contains(tokens[start].key) ? start + 1 : start
            return !joined || item > last || isVerbLike(item) || verbs.pastTense(ofBase: tokens[item].key) != nil
        }
        return true
    }

    /// True when a gerund after a comma is still a gerund in the rewritten object: the list it
    /// opens stayed as the writer wrote it while its first item became a past tense.
    private func leavesAGerundListed(from start: Int, to end: Int, in object: String) -> Bool {
        guard start < end else { return false }
        for index in (start + 1)...end where scalars[tokens[index - 1].end..<tokens[index].start].contains(",") {
            let key = tokens[index].key
            if verbs.pastTense(ofGerund: key) != nil, !verbs.ingNouns.contains(key), !opensClause(at: index, sentence: tokens[index].sentence),
               object.lowercased().contains(", " + key) {
                return true
            }
        }
        return false
    }

    /// True when a later "and" or "or" in the words up to `end` closes a list whose every
    /// item opens with a verb: "answering calls, resolving complaints and scheduling visits",
    /// not "Search, trending and box reports" or "requirements, system analysis, design and
    /// deployment", where making some items verbs would break the list.
    private func listEndsWithAVerb(after index: Int, end: Int) -> Bool {
        guard let conjunction = tokens[(index + 1)...end].firstIndex(where: { $0.key == "and" || $0.key == "or" }),
              conjunction < end, isVerbLike(conjunction + 1) else { return false }
        for item in index..<conjunction where scalars[tokens[item].end..<tokens[item + 1].start].contains(",") {
            // "ordering, installation, and commissioning": the item after an Oxford comma is after "and".
            let next = ["and", "or"].contains(tokens[item + 1].key) ? item + 2 : item + 1
            if next > end || !isVerbLike(next) { return false }
        }
        return true
    }

    /// A gerund that is no -ing noun, or a noun that stands for a verb.
    private func isVerbLike(_ index: Int) -> Bool {
        let key = tokens[index].key
        return verbs.nominalisations[key] != nil || (!verbs.ingNouns.contains(key) && verbs.pastTense(ofGerund: key) != nil)
    }

    private func text(_ start: Int, _ end: Int) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<max(start, end)])
        return String(result)
    }

    /// True for a word after which the writer's own clause may start: "I", "was", "also",
    /// "overall" or an adverb ("Actively involved in"). Not "and" ("Coordinating projects and
    /// monitored …") or "has" ("has wrote"): the writer's verb before it sets another form.
    private static func clauseOpeners(_ key: String) -> Bool {
        ["i", "was", "were", "am", "been", "also", "then", "overall", "currently"].contains(key)
            || (key.hasSuffix("ly") && key.count > 3 && !wholly.contains(key))
    }

    /// Adverbs of a duty's extent: "Completely responsible for integrating" is not "Completely
    /// integrated".
    private static let wholly: Set<String> = ["completely", "fully", "solely", "entirely", "wholly", "totally", "jointly", "partly", "partially"]

    /// Words a phrase cannot end on: a rewrite cut after them ("including areas such as") would
    /// put the slots where the writer's words were meant to go on.
    private static let danglingWords: Set<String> = [
        "a", "an", "the", "of", "to", "for", "with", "and", "or", "as", "such", "including", "like", "in", "on", "at", "by", "from",
    ]

    /// Words that open a verb's object after an -ing word ("training *the* staff").
    private static let objectOpeners: Set<String> = [
        "the", "a", "an", "all", "new", "our", "their", "his", "her", "its", "my", "any", "each", "every", "this",
        "these", "those", "daily", "weekly", "monthly", "incoming", "existing", "multiple", "several",
    ]

    /// Words that name people a piece of work is for.
    private static let people: Set<String> = [
        "customer", "customers", "client", "clients", "patient", "patients", "guest", "guests", "user", "users", "student", "students",
        "manager", "managers", "management", "team", "teams", "staff", "board", "department", "departments", "employees", "members",
        "residents", "visitors", "callers", "parents", "families", "colleagues", "stakeholders", "partners", "buyers", "tenants",
    ]

    private static let auxiliaries: Set<String> = ["was", "were", "am", "is", "are", "be", "been", "being"]

    /// Abbreviations a sentence splitter takes for a full stop: "Dr.", "Mr.", "No.".
    private static let titles: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr", "no", "nos", "nr", "qty", "pcs", "hrs", "vs", "etc", "inc", "ltd", "co", "dept", "approx",
    ]

    /// The words before a duty phrase that make it somebody else's: a possessive, or the verb
    /// of a third person or thing ("which is responsible for").
    private static let otherActors: Set<String> = ["their", "his", "her", "its", "is", "are", "which", "who", "that", "they", "he", "she", "it"]
}
