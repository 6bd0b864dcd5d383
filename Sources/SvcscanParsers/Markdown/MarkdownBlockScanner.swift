import SvcscanCore

/// Reads Markdown one line at a time and decides which block each line belongs to: headings,
/// paragraphs, list items and table cells are kept; code, comments, HTML-only lines, thematic
/// breaks and link reference definitions are not. Work per line is proportional to its length,
/// so the whole file is read in linear time.
///
/// Containers are simplified for résumés: block quotes only lose their `>` markers, and list
/// items are tracked by the columns where their content starts.
struct MarkdownBlockScanner {
    /// A block whose lines are still being collected; inline markup is stripped when it closes,
    /// because emphasis, code spans and links may run across its lines.
    private struct PendingBlock {
        var kind: BlockKind
        var level: Int
        var lines: [[MarkdownScalar]] = []
    }

    private var blocks: [Block] = []
    private var pending: PendingBlock?
    /// Content columns of the open list items, outermost first; always increasing.
    private var listContentColumns: [Int] = []
    private var fence: MarkdownLineSyntax.Fence?
    private var comments = MarkdownCommentStripper()
    private var tableIsOpen = false
    /// The start of the file counts as following a blank line, as in CommonMark.
    private var previousWasBlank = true
    private var isInIndentedCode = false
    private var quoteDepth = 0

    /// Reads the next line of the file.
    mutating func consume(_ line: SourceLine) {
        let raw = MarkdownScalar.scalars(of: line)
        if let fence {
            // Inside a fence nothing is text, not even what looks like a comment.
            let start = firstNonBlank(raw, from: quotePrefix(raw).end)
            if MarkdownLineSyntax.closes(fence, raw, from: start) { self.fence = nil }
            return
        }
        let (scalars, removedComment) = comments.strip(raw)
        let (depth, quoteEnd) = quotePrefix(scalars)
        let first = firstNonBlank(scalars, from: quoteEnd)
        guard first < scalars.count else {
            closePending()
            tableIsOpen = false
            quoteDepth = depth
            // A line that held only a comment ends the block like a blank line, but indented
            // code may not start after it (CommonMark treats it as an HTML block).
            previousWasBlank = !removedComment
            return
        }
        let indent = indentation(scalars, from: quoteEnd, to: first)
        let followsBlank = previousWasBlank
        previousWasBlank = false

        if tableIsOpen {
            if MarkdownTable.hasCellSeparator(scalars, from: first) {
                appendTableRow(scalars, from: first)
                return
            }
            tableIsOpen = false
        }
        if depth != quoteDepth {
            // Entering a quote ends the block above it; leaving one may still continue it lazily.
            if depth > quoteDepth { closePending() }
            listContentColumns.removeAll()
            quoteDepth = depth
        }

        let containerDepth = listContentColumns.prefix { $0 <= indent }.count
        let relativeIndent = indent - (containerDepth > 0 ? listContentColumns[containerDepth - 1] : 0)

        if var paragraph = pending, paragraph.kind == .paragraph, relativeIndent < 4 {
            if let columns = MarkdownTable.delimiterColumnCount(scalars, from: first),
               let header = paragraph.lines.last, MarkdownTable.hasCellSeparator(header, from: 0),
               MarkdownTable.cells(header, from: 0).count == columns {
                // GitHub tables may follow a paragraph directly; only its last line is the header.
                paragraph.lines.removeLast()
                pending = paragraph
                closePending()
                appendTableRow(header, from: 0)
                tableIsOpen = true
                return
            }
            if let level = MarkdownLineSyntax.setextLevel(scalars, from: first) {
                pending = PendingBlock(kind: .heading, level: level, lines: paragraph.lines)
                closePending()
                return
            }
        }

        if relativeIndent >= 4 {
            if hasOpenText {
                // Indented code cannot interrupt a paragraph: this is a continuation line.
                appendToPending(scalars, from: first)
                return
            }
            if followsBlank || isInIndentedCode {
                isInIndentedCode = true
                return
            }
        }
        isInIndentedCode = false

        if let fence = MarkdownLineSyntax.fenceOpening(scalars, from: first) {
            closeBlocks(keepingListDepth: containerDepth)
            self.fence = fence
            return
        }
        if let heading = MarkdownLineSyntax.atxHeading(scalars, from: first) {
            closeBlocks(keepingListDepth: containerDepth)
            appendBlock(kind: .heading, level: heading.level, scalars: Array(scalars[heading.text]))
            return
        }
        if MarkdownLineSyntax.isThematicBreak(scalars, from: first) {
            closeBlocks(keepingListDepth: containerDepth)
            return
        }
        if let marker = MarkdownLineSyntax.listItemMarker(scalars, from: first) {
            // As in CommonMark, only a non-empty item numbered 1 (or a bullet) may interrupt a
            // paragraph, so a wrapped line starting "2019. " stays part of its sentence.
            let interruptsParagraph = !marker.isEmpty && (marker.number ?? 1) == 1
            if pending?.kind != .paragraph || interruptsParagraph {
                closeBlocks(keepingListDepth: containerDepth)
                listContentColumns.append(indent + marker.contentOffset)
                var contentStart = marker.contentStart
                contentStart += MarkdownLineSyntax.taskBoxLength(scalars, from: contentStart) ?? 0
                pending = PendingBlock(kind: .listItem, level: listContentColumns.count)
                appendToPending(scalars, from: contentStart)
                return
            }
        }
        if MarkdownLineSyntax.isLinkReferenceDefinition(scalars, from: first) || isOnlyHTML(scalars, from: first) {
            closePending()
            return
        }
        if hasOpenText {
            appendToPending(scalars, from: first)
            return
        }
        closeBlocks(keepingListDepth: containerDepth)
        // Text indented under a list item after a blank line is a further paragraph of that item.
        pending = PendingBlock(kind: containerDepth > 0 ? .listItem : .paragraph, level: containerDepth)
        appendToPending(scalars, from: first)
    }

    /// Closes whatever is still open and returns all blocks read.
    mutating func finish() -> [Block] {
        closePending()
        return blocks
    }

    // MARK: - Blocks

    /// Whether a block with text is open, so that a plain line continues it lazily. An empty list
    /// item (`-` alone) has no paragraph to continue.
    private var hasOpenText: Bool { pending.map { !$0.lines.isEmpty } ?? false }

    private mutating func closeBlocks(keepingListDepth depth: Int) {
        closePending()
        listContentColumns.removeLast(listContentColumns.count - depth)
    }

    private mutating func closePending() {
        guard let block = pending else { return }
        pending = nil
        var joined: [MarkdownScalar] = []
        for line in block.lines {
            if !joined.isEmpty { joined.append(.lineBreak) }
            joined.append(contentsOf: line)
        }
        appendBlock(kind: block.kind, level: block.level, scalars: joined)
    }

    private mutating func appendToPending(_ scalars: [MarkdownScalar], from start: Int) {
        var end = scalars.count
        while end > start, scalars[end - 1].scalar.properties.isWhitespace { end -= 1 }
        guard end > start else { return }
        pending?.lines.append(Array(scalars[start..<end]))
    }

    private mutating func appendTableRow(_ scalars: [MarkdownScalar], from start: Int) {
        for cell in MarkdownTable.cells(scalars, from: start) where !cell.isEmpty {
            appendBlock(kind: .tableCell, level: 1, scalars: cell)
        }
    }

    private mutating func appendBlock(kind: BlockKind, level: Int, scalars: [MarkdownScalar]) {
        var builder = BlockBuilder(kind: kind, level: level)
        MarkdownInlineStripper.append(scalars, to: &builder)
        if let block = builder.build() { blocks.append(block) }
    }

    // MARK: - Line structure

    /// The number of block-quote markers (`>`, `> >`) opening `scalars` and the index after them.
    private func quotePrefix(_ scalars: [MarkdownScalar]) -> (depth: Int, end: Int) {
        var depth = 0
        var end = 0
        while true {
            var index = end
            while index < scalars.count, index - end < 3, scalars[index].scalar == " " { index += 1 }
            guard index < scalars.count, scalars[index].scalar == ">" else { return (depth, end) }
            index += 1
            if index < scalars.count, scalars[index].isSpaceOrTab { index += 1 }
            depth += 1
            end = index
        }
    }

    private func firstNonBlank(_ scalars: [MarkdownScalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index].scalar.properties.isWhitespace { index += 1 }
        return index
    }

    /// Width of the blanks between `start` and `end`, tabs advancing to the next multiple of 4.
    private func indentation(_ scalars: [MarkdownScalar], from start: Int, to end: Int) -> Int {
        var width = 0
        for index in start..<end {
            width = scalars[index].scalar == "\t" ? (width / 4 + 1) * 4 : width + 1
        }
        return width
    }

    /// Whether the line from `start` holds nothing but HTML tags (`<p align="center">`, `</div>`),
    /// which then end the block above like a blank line, as CommonMark's HTML blocks do.
    private func isOnlyHTML(_ scalars: [MarkdownScalar], from start: Int) -> Bool {
        var index = start
        while index < scalars.count {
            if scalars[index].scalar.properties.isWhitespace {
                index += 1
            } else if let tag = MarkdownHTML.tag(in: scalars, at: index) {
                index += tag.length
            } else {
                return false
            }
        }
        return true
    }
}
