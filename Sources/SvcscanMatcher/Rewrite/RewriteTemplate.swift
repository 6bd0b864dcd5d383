import Foundation

/// Fills an entry's rewrite template from the writer's own words.
///
/// Placeholders: `{rest}` the words after the match to the end of the sentence; `{verb}` the
/// verb those words open with, in the past tense ("answering" → "Answered", "review of" →
/// "Reviewed"), or with `{verb|Managed}` that word when they open with no verb; `{object}` the
/// rest after that verb, its coordinated verbs in the past tense too; `{match}` the matched
/// words. Square brackets are slots left for the writer; nothing is ever invented to fill them,
/// and a slot the sentence already answers ("for [who]" where customers are named, ", [result]"
/// where a number is) is left out.
enum RewriteTemplate {
    static let placeholders: Set<String> = ["rest", "verb", "object", "match"]

    /// The first placeholder in `template` that is not one of `placeholders`.
    static func unknownPlaceholder(in template: String) -> String? {
        var remainder = Substring(template)
        while let open = remainder.firstIndex(of: "{") {
            guard let close = remainder[open...].firstIndex(of: "}") else { return String(remainder[open...]) }
            let name = String(remainder[remainder.index(after: open)..<close])
            let base = name.split(separator: "|", maxSplits: 1).first.map(String.init) ?? name
            if !placeholders.contains(base) || (base != "verb" && name != base) { return name }
            remainder = remainder[remainder.index(after: close)...]
        }
        return nil
    }

    /// True when the template carries the writer's following words, so it replaces them too.
    static func usesRest(_ template: String) -> Bool {
        template.contains("{rest}") || template.contains("{object}") || template.contains("{verb")
    }

    /// The verb a template falls back on when the writer's words open with none:
    /// "Managed" in `{verb|Managed}`.
    static func fallbackVerb(in template: String) -> String? {
        guard let open = template.range(of: "{verb|"), let close = template[open.upperBound...].firstIndex(of: "}") else { return nil }
        return String(template[open.upperBound..<close])
    }

    /// The words a template can draw on.
    struct Words {
        var match: String
        var rest: String
        /// The opening verb of `rest` in the past tense, when it has one.
        var verb: String?
        /// The words after that verb (all of `rest` when there is none).
        var object: String
        /// True when the match opened its sentence, so the rewrite starts with a capital.
        var startsSentence: Bool
        /// Slots (`who`, `team`, `result`) the sentence already answers.
        var known: Set<String>
    }

    /// The filled template, or nil when it needs a verb the writer's words do not give.
    static func fill(_ template: String, with words: Words) -> String? {
        var output = ""
        var remainder = Substring(without(words.known, template))
        while let open = remainder.firstIndex(of: "{"), let close = remainder[open...].firstIndex(of: "}") {
            output += remainder[..<open]
            let name = remainder[remainder.index(after: open)..<close]
            switch name.split(separator: "|", maxSplits: 1).first ?? "" {
            case "rest": output += words.rest
            case "match": output += words.match
            case "object": output += words.object
            case "verb":
                guard let verb = words.verb ?? fallbackVerb(in: "{\(name)}") else { return nil }
                output += words.startsSentence ? verb : verb.lowercased()
            default: break
            }
            remainder = remainder[remainder.index(after: close)...]
        }
        output += remainder
        // A wrapped sentence is one line in the rewrite.
        var collapsed = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while collapsed.hasSuffix(",") || collapsed.hasSuffix(" ") { collapsed.removeLast() }
        collapsed = collapsed.replacingOccurrences(of: " ,", with: ",")
        return words.startsSentence ? capitalized(collapsed) : collapsed
    }

    /// The template without the slots the sentence already answers, each with the preposition
    /// or comma that introduces it: "for [who]", "with [team]", ", [result]". A slot standing
    /// alone ("served [N] [who]") stays: taking it out would break the sentence.
    private static func without(_ known: Set<String>, _ template: String) -> String {
        var result = template
        for slot in known {
            for lead in [", ", " for ", " to ", " with "] {
                result = result.replacingOccurrences(of: lead + "[\(slot)]", with: "")
            }
        }
        return result
    }

    private static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
