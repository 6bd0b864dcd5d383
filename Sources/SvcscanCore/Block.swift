/// One unit of a document's text (heading, paragraph, list item or table cell) with the
/// information needed to map any offset in its text back to a `SourceLocation`.
///
/// `text` may hold `\n` where a plain-text or Markdown paragraph spanned several source lines;
/// DOCX blocks are always a single line.
public struct Block: Hashable, Sendable {
    /// A point where the mapping from text offsets to source positions restarts: the scalar at
    /// `offset` in `text` sits at `location`, and following scalars advance the column by one until
    /// the next anchor.
    public struct Anchor: Hashable, Sendable {
        /// 0-based offset into `text`, in Unicode scalars.
        public var offset: Int
        public var location: SourceLocation

        public init(offset: Int, location: SourceLocation) {
            self.offset = offset
            self.location = location
        }
    }

    public var kind: BlockKind
    /// Heading level, list nesting depth or table depth; 0 for plain paragraphs.
    public var level: Int
    public var text: String
    /// Sorted by `offset`; never empty, and the first anchor has offset 0.
    public var anchors: [Anchor]

    public init(kind: BlockKind, level: Int = 0, text: String, anchors: [Anchor]) {
        precondition(!anchors.isEmpty && anchors[0].offset == 0, "a block needs an anchor at offset 0")
        self.kind = kind
        self.level = level
        self.text = text
        self.anchors = anchors
    }

    /// A block whose text sits on one line starting at `location`.
    public init(kind: BlockKind, level: Int = 0, text: String, at location: SourceLocation) {
        self.init(kind: kind, level: level, text: text, anchors: [Anchor(offset: 0, location: location)])
    }

    /// The line where the block starts (1-based).
    public var line: Int { anchors[0].location.line }

    /// The source position of the scalar at `offset` (0-based, in Unicode scalars) in `text`.
    /// An offset equal to the text's length gives the position just after the last scalar.
    public func location(atScalarOffset offset: Int) -> SourceLocation {
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        let anchor = anchors[low]
        return SourceLocation(line: anchor.location.line, column: anchor.location.column + offset - anchor.offset, page: anchor.location.page)
    }
}
