/// A problem in lexicon data, pointing at the file and line (and entry, when known).
public struct LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when unknown.
    public var line: Int
    public var entryID: String?
    public var reason: String

    public init(file: String, line: Int, entryID: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.entryID = entryID
        self.reason = reason
    }

    /// `file:line: entry id: problem` (`file: problem` for problems of the whole file).
    public var description: String {
        (line > 0 ? "\(file):\(line): " : "\(file): ") + (entryID.map { "\($0): " } ?? "") + reason
    }
}
