import Foundation

/// Fills an entry's rewrite template from the writer's own words.
///
/// Placeholders: `{rest}` the words after the match to the end of the sentence; `{verb}` the
/// first of those turned from a gerund into past tense ("answering" → "Answered"), or the slot
/// `[Did what]`; `{object}` the rest after that verb; `{match}` the matched words. Square
/// brackets are slots left for the writer; nothing is ever invented to fill them.
enum RewriteTemplate {
    static let placeholders: Set<String> = ["rest", "verb", "object", "match"]

    /// The first placeholder in `template` that is not one of `placeholders`.
    static func unknownPlaceholder(in template: String) -> String? {
        var remainder = Substring(template)
        while let open = remainder.firstIndex(of: "{") {
            guard let close = remainder[open...].firstIndex(of: "}") else { return String(remainder[open...]) }
            let name = String(remainder[remainder.index(after: open)..<close])
            if !placeholders.contains(name) { return name }
            remainder = remainder[remainder.index(after: close)...]
        }
        return nil
    }

    /// The words a template can draw on.
    struct Words {
        var match: String
        var rest: String
        /// The first word of `rest` and what follows it.
        var firstWord: String
        var afterFirstWord: String
        /// True when the match opened its sentence, so the rewrite starts with a capital.
        var startsSentence: Bool
    }

    static func fill(_ template: String, with words: Words) -> String {
        let past = Inflector.pastTense(ofGerund: words.firstWord)
        let values: [String: String] = [
            "rest": words.rest,
            "match": words.match,
            "verb": past.map(capitalized) ?? "[Did what]",
            "object": past == nil ? words.rest : words.afterFirstWord,
        ]
        var output = ""
        var remainder = Substring(template)
        while let open = remainder.firstIndex(of: "{"), let close = remainder[open...].firstIndex(of: "}") {
            output += remainder[..<open]
            output += values[String(remainder[remainder.index(after: open)..<close])] ?? ""
            remainder = remainder[remainder.index(after: close)...]
        }
        output += remainder
        // A wrapped sentence is one line in the rewrite.
        var collapsed = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while collapsed.hasSuffix(",") || collapsed.hasSuffix(" ") { collapsed.removeLast() }
        collapsed = collapsed.replacingOccurrences(of: " ,", with: ",")
        return words.startsSentence ? capitalized(collapsed) : collapsed
    }

    private static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
