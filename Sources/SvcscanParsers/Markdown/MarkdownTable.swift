/// Splits GitHub-style table rows (`| Role | Team |`) into cells and recognises the delimiter row
/// (`|---|:---:|`) that turns the line above it into a table header.
enum MarkdownTable {
    /// The cells of `line` from `start`, each trimmed, with the optional outer pipes removed.
    /// An escaped pipe (`\|`) stays in its cell as `|`, at the column of the pipe.
    static func cells(_ line: [MarkdownScalar], from start: Int) -> [[MarkdownScalar]] {
        var end = line.count
        while end > start, line[end - 1].scalar.properties.isWhitespace { end -= 1 }
        var index = start
        if index < end, line[index].scalar == "|" { index += 1 }
        if end > index, line[end - 1].scalar == "|", !(end - 2 >= index && line[end - 2].scalar == "\\") { end -= 1 }
        var cells: [[MarkdownScalar]] = []
        var cell: [MarkdownScalar] = []
        while index < end {
            let scalar = line[index].scalar
            if scalar == "\\", index + 1 < end, line[index + 1].scalar == "|" {
                cell.append(line[index + 1])
                index += 2
                continue
            }
            if scalar == "|" {
                cells.append(trimmed(cell))
                cell.removeAll(keepingCapacity: true)
            } else {
                cell.append(line[index])
            }
            index += 1
        }
        cells.append(trimmed(cell))
        return cells
    }

    /// Whether `line` holds a pipe that separates cells (one not escaped as `\|`).
    static func hasCellSeparator(_ line: [MarkdownScalar], from start: Int) -> Bool {
        var index = start
        while index < line.count {
            if line[index].scalar == "\\" {
                index += 2
                continue
            }
            if line[index].scalar == "|" { return true }
            index += 1
        }
        return false
    }

    /// The number of columns a delimiter row declares (`|---|:--:|` declares 2), or nil when
    /// `line` is not one. A delimiter row needs a pipe, so that `---` stays a setext underline.
    static func delimiterColumnCount(_ line: [MarkdownScalar], from start: Int) -> Int? {
        guard hasCellSeparator(line, from: start) else { return nil }
        let cells = cells(line, from: start)
        for cell in cells {
            var scalars = cell.map(\.scalar)[...]
            if scalars.first == ":" { scalars = scalars.dropFirst() }
            if scalars.last == ":" { scalars = scalars.dropLast() }
            guard !scalars.isEmpty, scalars.allSatisfy({ $0 == "-" }) else { return nil }
        }
        return cells.count
    }

    private static func trimmed(_ cell: [MarkdownScalar]) -> [MarkdownScalar] {
        guard let first = cell.firstIndex(where: { !$0.scalar.properties.isWhitespace }),
              let last = cell.lastIndex(where: { !$0.scalar.properties.isWhitespace }) else { return [] }
        return Array(cell[first...last])
    }
}
