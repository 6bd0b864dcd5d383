/// Lines where findings are silenced by an inline comment in the source:
/// `<!-- svcscan-disable ID -->` … `<!-- svcscan-enable ID -->`, or
/// `<!-- svcscan-disable-next-line ID -->`. Without an ID every entry is silenced.
public struct Suppression: Hashable, Sendable {
    /// The entry silenced, or nil for all entries.
    public var entryID: String?
    /// 1-based source lines, inclusive.
    public var lines: ClosedRange<Int>

    public init(entryID: String?, lines: ClosedRange<Int>) {
        self.entryID = entryID
        self.lines = lines
    }

    /// True when this suppression silences `entryID` at `line`.
    public func silences(_ entryID: String, at line: Int) -> Bool {
        lines.contains(line) && (self.entryID == nil || self.entryID == entryID)
    }
}
