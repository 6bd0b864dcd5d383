import SvcscanCore

/// Accumulates the text of one block from pieces of source lines, recording an anchor wherever
/// the mapping back to source columns jumps, so every scalar keeps its exact source position.
struct BlockBuilder {
    private(set) var kind: BlockKind
    private(set) var level: Int
    private var scalars: String.UnicodeScalarView = String().unicodeScalars
    private var count = 0
    private var anchors: [Block.Anchor] = []
    private var lastLocation: SourceLocation?

    init(kind: BlockKind, level: Int = 0) {
        self.kind = kind
        self.level = level
    }

    var isEmpty: Bool { count == 0 }

    /// Appends one scalar that came from `location` in the source.
    mutating func append(_ scalar: Unicode.Scalar, at location: SourceLocation) {
        if let last = lastLocation, last.line == location.line, last.column + 1 == location.column {
            // Contiguous with the previous scalar: the current anchor already covers it.
        } else {
            anchors.append(Block.Anchor(offset: count, location: location))
        }
        scalars.append(scalar)
        count += 1
        lastLocation = location
    }

    /// Appends a line break between two source lines of the same block.
    mutating func appendLineBreak() {
        guard let last = lastLocation else { return }
        append("\n", at: SourceLocation(line: last.line, column: last.column + 1))
    }

    /// Drops trailing whitespace, then returns the block, or nil when it holds no text.
    func build() -> Block? {
        var text = scalars
        var length = count
        while let last = text.last, last.properties.isWhitespace {
            text.removeLast()
            length -= 1
        }
        guard length > 0 else { return nil }
        return Block(kind: kind, level: level, text: String(text), anchors: anchors.filter { $0.offset < length })
    }
}
