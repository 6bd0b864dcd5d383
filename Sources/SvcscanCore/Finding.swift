/// One located observation about a document, tied to the lexicon entry that produced it.
public struct Finding: Hashable, Sendable {
    /// The lexicon entry's id (`trait.patience`, `phrasing.duty.responsible-for`).
    public var entryID: String
    public var family: EntryFamily
    public var severity: Severity
    public var message: String
    /// Why employers care, from the lexicon entry.
    public var rationale: String
    /// What to do about it, from the lexicon entry; empty for evidence that needs nothing.
    public var suggestion: String
    /// Where the matched text is (half-open; columns in Unicode scalars).
    public var span: Span
    /// The matched text as it appears in the document.
    public var excerpt: String
    /// For trait and role evidence, how strong this mention is.
    public var grade: EvidenceGrade?
    public var rewrite: Rewrite?

    public init(entryID: String, family: EntryFamily, severity: Severity, message: String, rationale: String = "",
                suggestion: String = "", span: Span, excerpt: String, grade: EvidenceGrade? = nil, rewrite: Rewrite? = nil) {
        self.entryID = entryID
        self.family = family
        self.severity = severity
        self.message = message
        self.rationale = rationale
        self.suggestion = suggestion
        self.span = span
        self.excerpt = excerpt
        self.grade = grade
        self.rewrite = rewrite
    }
}
