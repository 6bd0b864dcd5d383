/// The three families of lexicon entries, which are also the three sub-scores.
public enum EntryFamily: String, Sendable, Codable, CaseIterable {
    /// Customer-service traits employers look for beyond skills.
    case trait
    /// How the writer's role fit the business: who was served and what it did for the business.
    case role
    /// Wording to rewrite: duty phrasing, claims without evidence, service-negative language.
    case phrasing
}
