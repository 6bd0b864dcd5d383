import SvcscanCore

/// An entry's weight in points, possibly different for résumés and cover letters.
public struct EntryWeight: Sendable, Equatable {
    public var resume: Double
    public var coverLetter: Double

    public init(resume: Double, coverLetter: Double) {
        self.resume = resume
        self.coverLetter = coverLetter
    }

    public func value(for kind: DocumentKind) -> Double {
        kind == .resume ? resume : coverLetter
    }
}
