/// A half-open range of source positions: `start` is the first scalar, `end` the one just after
/// the last (both 1-based, columns in Unicode scalars).
public struct Span: Hashable, Sendable, Comparable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
