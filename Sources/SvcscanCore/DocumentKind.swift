/// What a document is, which decides the score weights.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case resume
    case coverLetter = "cover-letter"
}
