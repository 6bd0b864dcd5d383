/// How well a document evidences one trait or role entry, with its best evidence's location.
public struct TraitStatus: Hashable, Sendable {
    public var entryID: String
    public var family: EntryFamily
    public var title: String
    public var grade: EvidenceGrade
    /// Where the best evidence is; nil when missing.
    public var location: SourceLocation?

    public init(entryID: String, family: EntryFamily, title: String, grade: EvidenceGrade, location: SourceLocation?) {
        self.entryID = entryID
        self.family = family
        self.title = title
        self.grade = grade
        self.location = location
    }
}
