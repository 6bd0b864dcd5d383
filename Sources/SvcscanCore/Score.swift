/// A 0–100 score with its sub-scores and the trace that explains every point.
public struct Score: Hashable, Sendable {
    /// One family's share of the score.
    public struct Part: Hashable, Sendable {
        public var family: EntryFamily
        /// Points earned, after the family's cap; one decimal place.
        public var points: Double
        /// The most this family can contribute for this kind of document.
        public var maximum: Double

        public init(family: EntryFamily, points: Double, maximum: Double) {
            self.family = family
            self.points = points
            self.maximum = maximum
        }
    }

    /// One step of the computation: points added (positive) or removed (negative) and why.
    public struct Step: Hashable, Sendable {
        public var family: EntryFamily
        public var entryID: String
        public var points: Double
        /// A one-line explanation, e.g. "shown at 12:5, weight 3 × 0.75".
        public var reason: String
        /// Where the evidence is, when the step comes from a finding.
        public var location: SourceLocation?

        public init(family: EntryFamily, entryID: String, points: Double, reason: String, location: SourceLocation?) {
            self.family = family
            self.entryID = entryID
            self.points = points
            self.reason = reason
            self.location = location
        }
    }

    /// The total, 0–100: the sum of the parts, rounded to the nearest whole number.
    public var total: Int
    public var parts: [Part]
    public var trace: [Step]

    public init(total: Int, parts: [Part], trace: [Step]) {
        self.total = total
        self.parts = parts
        self.trace = trace
    }
}
