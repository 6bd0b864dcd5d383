/// One change that would raise the score, with the points it would add (from the score trace).
public struct Improvement: Hashable, Sendable {
    public var entryID: String
    public var message: String
    /// Points the score would gain, one decimal place.
    public var points: Double
    /// Where to make the change, when it is about existing text.
    public var location: SourceLocation?

    public init(entryID: String, message: String, points: Double, location: SourceLocation?) {
        self.entryID = entryID
        self.message = message
        self.points = points
        self.location = location
    }
}
