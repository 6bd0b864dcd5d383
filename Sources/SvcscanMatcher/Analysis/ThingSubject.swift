/// Decides whether a sentence is about a thing rather than the writer: a project's or product's
/// description ("Project Description: the application lets customers track orders", "This system
/// reduces manual work"). Behaviour in such a sentence is not the writer's evidence.
enum ThingSubject {
    /// True when the sentence holding `start` opens with "the/this/our <thing>" or names a
    /// description before the match.
    static func isAboutAThing(start: Int, in tokens: [Token]) -> Bool {
        let sentence = tokens[start].sentence
        var first = start
        while first > 0, tokens[first - 1].sentence == sentence { first -= 1 }
        if tokens[first..<start].contains(where: { $0.key == "description" || $0.key == "synopsis" || $0.key == "profile" }) { return true }
        guard start - first >= 2, determiners.contains(tokens[first].key) else { return false }
        return things.contains(tokens[first + 1].key)
    }

    private static let determiners: Set<String> = ["the", "this", "our", "its", "that"]
    private static let things: Set<String> = [
        "project", "application", "app", "system", "tool", "platform", "product", "software", "website", "site", "portal",
        "module", "solution", "effort", "initiative", "company", "organization", "organisation", "firm", "bank", "client",
        "framework", "service", "feature", "dashboard", "bot", "chatbot", "engine", "model", "program", "programme",
    ]
}
