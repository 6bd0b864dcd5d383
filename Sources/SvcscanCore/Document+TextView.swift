extension Document {
    /// The `svcscan text` view: one line per source line for plain text and Markdown (so line
    /// numbers match the user's file; lines that held no text are empty), one line per block for
    /// DOCX and OpenDocument; for PDF, one line per line of the page in reading order, each page
    /// opened by a `── page N ──` line. Lines are joined with `\n` and the view ends with a newline
    /// when it has any line.
    public func textView() -> String {
        var lines: [String] = []
        for (index, line) in pageStarts.enumerated() {
            while lines.count < line { lines.append("") }
            lines[line - 1] = "── page \(index + 1) ──"
        }
        for block in blocks {
            var offset = 0
            for piece in block.text.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = block.location(atScalarOffset: offset).line
                while lines.count < line { lines.append("") }
                lines[line - 1] += lines[line - 1].isEmpty ? String(piece) : " " + piece
                offset += piece.unicodeScalars.count + 1
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// A dump with one block per line: `[pPAGE ]line:column kind[level] | text`, newlines in the text
    /// shown as `⏎`. Used by `svcscan text --blocks` and by parser tests.
    public func debugDump() -> String {
        var out = ""
        for block in blocks {
            let start = block.anchors[0].location
            let page = start.page.map { "p\($0) " } ?? ""
            let level = block.level > 0 ? "(\(block.level))" : ""
            let text = String(block.text.map { $0 == "\n" ? "⏎" : $0 })
            out += "\(page)\(start) \(block.kind.rawValue)\(level) | \(text)\n"
        }
        return out
    }
}

extension Document {
    /// The text laid out so that every scalar sits at its own `SourceLocation`: line N is
    /// element N - 1 and column C is scalar C - 1 of it. Markup the parser skipped (a Markdown
    /// bullet, `**`) is left as spaces, so findings can be marked on these lines by their
    /// locations; for DOCX, ODT and PDF this is the `svcscan text` view.
    public func locatedLines() -> [String] {
        var lines: [[Unicode.Scalar]] = []
        func put(_ scalar: Unicode.Scalar, at location: SourceLocation) {
            guard location.line >= 1, location.column >= 1 else { return }
            while lines.count < location.line { lines.append([]) }
            let index = location.line - 1
            while lines[index].count < location.column - 1 { lines[index].append(" ") }
            if lines[index].count == location.column - 1 { lines[index].append(scalar) } else { lines[index][location.column - 1] = scalar }
        }
        for (index, line) in pageStarts.enumerated() {
            for (column, scalar) in "── page \(index + 1) ──".unicodeScalars.enumerated() { put(scalar, at: SourceLocation(line: line, column: column + 1)) }
        }
        for block in blocks {
            for (offset, scalar) in block.text.unicodeScalars.enumerated() where scalar != "\n" {
                put(scalar, at: block.location(atScalarOffset: offset))
            }
        }
        return lines.map { String(String.UnicodeScalarView($0)) }
    }
}
