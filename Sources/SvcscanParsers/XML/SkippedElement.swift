/// Tracks an element whose whole content a reader skips (deleted text, a comment): once `begin`
/// is called on its start tag, every event up to its end tag is inside it.
struct SkippedElement {
    private var depth = 0

    /// True while inside the skipped element.
    var isActive: Bool { depth > 0 }

    /// Starts skipping at the current start tag.
    mutating func begin() { depth = 1 }

    /// Counts a start tag; true when it lies inside the skipped element (so the reader ignores it).
    mutating func enter() -> Bool {
        guard depth > 0 else { return false }
        depth += 1
        return true
    }

    /// Counts an end tag; true when it lies inside the skipped element or closes it.
    mutating func leave() -> Bool {
        guard depth > 0 else { return false }
        depth -= 1
        return true
    }
}
