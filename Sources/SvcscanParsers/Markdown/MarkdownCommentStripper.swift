/// Removes HTML comments (`<!-- … -->`) from Markdown lines, carrying an open comment from one
/// line to the next, so that notes a writer hid from readers never reach the text.
///
/// A comment hidden inside inline code (`` `<!--` ``) still counts as a comment: telling the two
/// apart would need the paragraph's code spans, and résumés practically never write one.
struct MarkdownCommentStripper {
    /// True while a comment opened on an earlier line has not been closed yet.
    private var isInsideComment = false

    /// The scalars of `line` outside comments, and whether any scalar was removed.
    mutating func strip(_ line: [MarkdownScalar]) -> (scalars: [MarkdownScalar], removedAny: Bool) {
        var kept: [MarkdownScalar] = []
        kept.reserveCapacity(line.count)
        var removedAny = isInsideComment
        var index = 0
        while index < line.count {
            if isInsideComment {
                if matches("-->", in: line, at: index) {
                    isInsideComment = false
                    index += 3
                } else {
                    index += 1
                }
            } else if matches("<!--", in: line, at: index) {
                isInsideComment = true
                removedAny = true
                // `<!-->` and `<!--->` are complete (empty) comments in CommonMark, so the closing
                // `-->` may reuse the opener's dashes.
                index += 2
            } else {
                kept.append(line[index])
                index += 1
            }
        }
        return (kept, removedAny)
    }

    private func matches(_ pattern: String, in line: [MarkdownScalar], at start: Int) -> Bool {
        var index = start
        for scalar in pattern.unicodeScalars {
            guard index < line.count, line[index].scalar == scalar else { return false }
            index += 1
        }
        return true
    }
}
