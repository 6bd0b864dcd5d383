/// Recognisers for the Markdown constructs decided by the start of a line: fences, headings,
/// thematic breaks, list markers and link reference definitions. Each looks at `line` from
/// `start`, the first non-blank scalar after any indentation and block-quote markers.
enum MarkdownLineSyntax {
    /// A code fence: its character (`` ` `` or `~`) and how many of them open it.
    struct Fence {
        var character: Unicode.Scalar
        var length: Int
    }

    /// A list item marker (`-`, `*`, `+`, `1.`, `1)`).
    struct ListItemMarker {
        /// The item's number for ordered lists, nil for bullets.
        var number: Int?
        /// Index in the line of the item's first text scalar, or the line's end for an empty item.
        var contentStart: Int
        /// Columns from the marker's first scalar to where the item's content column lies; lines
        /// indented at least this much more than the marker continue the item.
        var contentOffset: Int
        var isEmpty: Bool
    }

    /// The fence opened by `line`, or nil when it does not open one.
    static func fenceOpening(_ line: [MarkdownScalar], from start: Int) -> Fence? {
        guard start < line.count, line[start].scalar == "`" || line[start].scalar == "~" else { return nil }
        let character = line[start].scalar
        let length = run(of: character, in: line, from: start)
        guard length >= 3 else { return nil }
        // A backtick in the info string means inline code such as ```x```, not a fence.
        if character == "`", line[(start + length)...].contains(where: { $0.scalar == "`" }) { return nil }
        return Fence(character: character, length: length)
    }

    /// Whether `line` closes `fence`: a run of the same character at least as long, then blanks.
    static func closes(_ fence: Fence, _ line: [MarkdownScalar], from start: Int) -> Bool {
        let length = run(of: fence.character, in: line, from: start)
        return length >= fence.length && isBlank(line, from: start + length)
    }

    /// An ATX heading's level (1–6) and the range of its text with the opening and closing `#`
    /// runs and surrounding blanks removed; the range may be empty.
    static func atxHeading(_ line: [MarkdownScalar], from start: Int) -> (level: Int, text: Range<Int>)? {
        let level = run(of: "#", in: line, from: start)
        guard (1...6).contains(level) else { return nil }
        var textStart = start + level
        guard textStart == line.count || line[textStart].isSpaceOrTab else { return nil }
        while textStart < line.count, line[textStart].isSpaceOrTab { textStart += 1 }
        var end = line.count
        while end > textStart, line[end - 1].isSpaceOrTab { end -= 1 }
        // A closing run of `#` counts only when a blank precedes it (`# C#` keeps its `#`).
        var closing = end
        while closing > textStart, line[closing - 1].scalar == "#" { closing -= 1 }
        if closing == textStart {
            end = textStart
        } else if closing < end, line[closing - 1].isSpaceOrTab {
            end = closing
            while end > textStart, line[end - 1].isSpaceOrTab { end -= 1 }
        }
        return (level, textStart..<end)
    }

    /// The level a setext underline gives the paragraph above it (1 for `===`, 2 for `---`).
    static func setextLevel(_ line: [MarkdownScalar], from start: Int) -> Int? {
        guard start < line.count, line[start].scalar == "=" || line[start].scalar == "-" else { return nil }
        let character = line[start].scalar
        let length = run(of: character, in: line, from: start)
        guard isBlank(line, from: start + length) else { return nil }
        return character == "=" ? 1 : 2
    }

    /// Whether `line` is a thematic break: three or more `-`, `*` or `_`, spaces allowed between.
    static func isThematicBreak(_ line: [MarkdownScalar], from start: Int) -> Bool {
        guard start < line.count, "-*_".unicodeScalars.contains(line[start].scalar) else { return false }
        let character = line[start].scalar
        var count = 0
        for index in start..<line.count {
            if line[index].scalar == character {
                count += 1
            } else if !line[index].isSpaceOrTab {
                return false
            }
        }
        return count >= 3
    }

    /// The list item marker opening `line`, or nil when the line does not open a list item.
    static func listItemMarker(_ line: [MarkdownScalar], from start: Int) -> ListItemMarker? {
        guard start < line.count else { return nil }
        var index = start
        var number: Int?
        if ListMarker.markdownBullets.contains(line[index].scalar) {
            index += 1
        } else {
            var value = 0
            // CommonMark allows at most nine digits, which also keeps `value` from overflowing.
            while index < line.count, index - start < 9, let digit = asciiDigit(line[index].scalar) {
                value = value * 10 + digit
                index += 1
            }
            guard index > start, index < line.count, line[index].scalar == "." || line[index].scalar == ")" else { return nil }
            number = value
            index += 1
        }
        let markerWidth = index - start
        guard index == line.count || line[index].isSpaceOrTab else { return nil }
        var spaces = 0
        var contentStart = index
        while contentStart < line.count, line[contentStart].isSpaceOrTab {
            spaces += line[contentStart].scalar == "\t" ? 4 : 1
            contentStart += 1
        }
        let isEmpty = contentStart == line.count
        // With five or more spaces the text is indented code inside the item, so CommonMark puts
        // the content column one space after the marker; we keep the text but follow its column.
        let offset = markerWidth + (isEmpty || spaces > 4 ? 1 : spaces)
        return ListItemMarker(number: number, contentStart: contentStart, contentOffset: offset, isEmpty: isEmpty)
    }

    /// The number of scalars of a task-list box (`[ ]`, `[x]`, `[X]`) at `start` plus the blanks
    /// after it, or nil when there is none.
    static func taskBoxLength(_ line: [MarkdownScalar], from start: Int) -> Int? {
        guard start + 2 < line.count, line[start].scalar == "[", line[start + 2].scalar == "]",
              " xX".unicodeScalars.contains(line[start + 1].scalar) else { return nil }
        var end = start + 3
        guard end == line.count || line[end].isSpaceOrTab else { return nil }
        while end < line.count, line[end].isSpaceOrTab { end += 1 }
        return end - start
    }

    /// Whether `line` is a link reference definition (`[id]: https://example.com "Title"`), which
    /// defines a target and is not text.
    static func isLinkReferenceDefinition(_ line: [MarkdownScalar], from start: Int) -> Bool {
        guard start < line.count, line[start].scalar == "[" else { return false }
        var index = start + 1
        while index < line.count, line[index].scalar != "]" {
            if line[index].scalar == "[" { return false }
            index += line[index].scalar == "\\" ? 2 : 1
        }
        guard index > start + 1, index + 1 < line.count, line[index + 1].scalar == ":" else { return false }
        index += 2
        while index < line.count, line[index].isSpaceOrTab { index += 1 }
        let destinationStart = index
        while index < line.count, !line[index].isSpaceOrTab { index += 1 }
        guard index > destinationStart else { return false }
        while index < line.count, line[index].isSpaceOrTab { index += 1 }
        guard index < line.count else { return true }
        // Anything after the destination must be one title in quotes or parentheses.
        let opener = line[index].scalar
        let closer: Unicode.Scalar
        switch opener {
        case "\"": closer = "\""
        case "'": closer = "'"
        case "(": closer = ")"
        default: return false
        }
        var end = line.count
        while end > index + 1, line[end - 1].isSpaceOrTab { end -= 1 }
        return end - index >= 2 && line[end - 1].scalar == closer
    }

    /// Whether `line` holds only blanks from `start` on.
    static func isBlank(_ line: [MarkdownScalar], from start: Int) -> Bool {
        start >= line.count || line[start...].allSatisfy { $0.scalar.properties.isWhitespace }
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value - 48) : nil
    }

    /// The length of the run of `character` starting at `start`.
    static func run(of character: Unicode.Scalar, in line: [MarkdownScalar], from start: Int) -> Int {
        var end = start
        while end < line.count, line[end].scalar == character { end += 1 }
        return end - start
    }
}
