/// Puts the lines of PDF pages in the order a reader reads them, as text lines.
///
/// - **Columns**: a page whose lines leave a clear vertical gutter, with enough text on both
///   sides, is read column by column: the left column, then the right, within each band between
///   lines that span both (a name and contact line across the top).
/// - **Rows**: words on the same baseline (a title and its dates, a row of skills) make one line.
/// - **Paragraphs**: a gap taller than about half a line starts one, and so does a new poppler
///   text block with some space above it.
/// - **Headers and footers**: a line near the top or bottom edge that repeats on other pages
///   (page numbers aside) is kept on its first page only.
/// - **Hyphenation**: a word broken at a line end is joined (`PDFWordCleaner.joinHyphenated`).
/// - **Headings**: a short line set clearly larger than the body text.
enum PDFReadingOrder {
    /// A line of text in reading order.
    struct TextLine: Equatable {
        var text: String
        /// 1-based.
        var page: Int
        /// True when a paragraph (or column, or page) starts here.
        var startsParagraph: Bool
        var isHeading = false
        fileprivate var height: Double = 0
        fileprivate var top: Double = 0
        fileprivate var bottom: Double = 0
        fileprivate var pageHeight: Double = 0
    }

    static func lines(of pages: [PDFPage]) -> [TextLine] {
        var result: [TextLine] = []
        for (index, page) in pages.enumerated() {
            result += lines(of: page, number: index + 1)
        }
        result = droppingRepeatedEdges(result)
        result = joiningHyphenation(result)
        markHeadings(&result)
        return result
    }

    // MARK: - One page

    private struct Row {
        var words: [PDFPage.Word]
        var box: PDFPage.Box
        var block: Int
    }

    private static func lines(of page: PDFPage, number: Int) -> [TextLine] {
        let cleaned: [PDFPage.Line] = page.lines.compactMap { line in
            var words: [PDFPage.Word] = []
            for (index, word) in line.words.enumerated() {
                let text = PDFWordCleaner.clean(word.text, firstOnLine: index == 0)
                if !text.isEmpty { words.append(PDFPage.Word(text: text, box: word.box)) }
            }
            guard let first = words.first else { return nil }
            return PDFPage.Line(words: words, box: words.dropFirst().reduce(first.box) { $0.union($1.box) }, block: line.block)
        }
        var out: [TextLine] = []
        for (index, run) in columnRuns(cleaned, pageWidth: page.width).enumerated() {
            var previous: Row?
            for row in rows(run) {
                let gap = previous.map { row.box.yMin - $0.box.yMax } ?? 0
                let height = min(row.box.height, previous?.box.height ?? row.box.height)
                // A new poppler block starts a paragraph only where there is some space above it:
                // lines that touch are one paragraph however poppler grouped them.
                let breaks = previous == nil || gap > 0.5 * height || (row.block != previous!.block && gap > 0.1 * height)
                let text = row.words.map(\.text).joined(separator: " ")
                out.append(TextLine(text: text, page: number, startsParagraph: breaks || (index > 0 && previous == nil),
                                    height: row.box.height, top: row.box.yMin, bottom: row.box.yMax, pageHeight: page.height))
                previous = row
            }
        }
        if !out.isEmpty { out[0].startsParagraph = true }
        return out
    }

    /// The page's lines in runs to read one after another: the whole page as one run, or, when
    /// it has two columns, the bands between spanning lines split into their left and right parts.
    private static func columnRuns(_ lines: [PDFPage.Line], pageWidth: Double) -> [[PDFPage.Line]] {
        guard let gutter = gutter(lines, pageWidth: pageWidth) else { return [lines] }
        let sorted = lines.sorted { ($0.box.yMin, $0.box.xMin) < ($1.box.yMin, $1.box.xMin) }
        var runs: [[PDFPage.Line]] = []
        var left: [PDFPage.Line] = [], right: [PDFPage.Line] = []
        func closeBand() {
            if !left.isEmpty { runs.append(left) }
            if !right.isEmpty { runs.append(right) }
            left.removeAll()
            right.removeAll()
        }
        for line in sorted {
            if line.box.xMax <= gutter {
                left.append(line)
            } else if line.box.xMin >= gutter {
                right.append(line)
            } else {
                closeBand()
                runs.append([line])
            }
        }
        closeBand()
        return runs
    }

    /// The x of a clear vertical gap between two columns of text, or nil when the page reads as
    /// one column: the widest strip in the middle 60 % of the page that at most a few lines cross,
    /// with at least a twelfth of the words and four lines on each side.
    private static func gutter(_ lines: [PDFPage.Line], pageWidth: Double) -> Double? {
        guard lines.count >= 8, pageWidth > 0, pageWidth < 20_000 else { return nil }
        let binWidth = 2.0
        let bins = Int(pageWidth / binWidth) + 1
        var cover = [Int](repeating: 0, count: bins)
        for line in lines {
            let from = max(0, Int(line.box.xMin / binWidth)), to = min(bins - 1, Int(line.box.xMax / binWidth))
            guard from <= to else { continue }
            for bin in from...to { cover[bin] += 1 }
        }
        let allowed = max(1, lines.count / 12)
        let low = Int(pageWidth * 0.2 / binWidth), high = Int(pageWidth * 0.8 / binWidth)
        var best: (start: Int, length: Int)?
        var start = -1
        for bin in low...max(low, high) {
            if cover[bin] <= allowed {
                if start < 0 { start = bin }
                let length = bin - start + 1
                if length > best?.length ?? 0 { best = (start, length) }
            } else {
                start = -1
            }
        }
        guard let best, Double(best.length) * binWidth >= 8 else { return nil }
        let x = (Double(best.start) + Double(best.length) / 2) * binWidth
        var leftWords = 0, rightWords = 0, leftLines = 0, rightLines = 0, total = 0
        for line in lines {
            total += line.words.count
            if line.box.xMax <= x { leftWords += line.words.count; leftLines += 1 }
            if line.box.xMin >= x { rightWords += line.words.count; rightLines += 1 }
        }
        guard leftLines >= 4, rightLines >= 4, leftWords * 12 >= total, rightWords * 12 >= total else { return nil }
        return x
    }

    /// Lines sorted top to bottom, those on the same baseline merged left to right.
    private static func rows(_ lines: [PDFPage.Line]) -> [Row] {
        let sorted = lines.sorted { ($0.box.yMin, $0.box.xMin) < ($1.box.yMin, $1.box.xMin) }
        var rows: [Row] = []
        for line in sorted {
            if var last = rows.last, sameRow(last.box, line.box) {
                // A row belongs to the block of its longest line, not of a bullet glyph set apart.
                if line.words.count > last.words.count { last.block = line.block }
                last.words = (last.words + line.words).sorted { $0.box.xMin < $1.box.xMin }
                last.box = last.box.union(line.box)
                rows[rows.count - 1] = last
            } else {
                rows.append(Row(words: line.words, box: line.box, block: line.block))
            }
        }
        return rows
    }

    /// Two boxes share a row when they overlap vertically by at least half the smaller height
    /// and do not overlap horizontally.
    private static func sameRow(_ a: PDFPage.Box, _ b: PDFPage.Box) -> Bool {
        let overlap = min(a.yMax, b.yMax) - max(a.yMin, b.yMin)
        let horizontal = min(a.xMax, b.xMax) - max(a.xMin, b.xMin)
        return overlap >= 0.5 * min(a.height, b.height) && horizontal <= 0
    }

    // MARK: - Across pages

    /// Drops lines in the top or bottom tenth of a page that already appeared, digits aside, near
    /// an edge of an earlier page.
    private static func droppingRepeatedEdges(_ lines: [TextLine]) -> [TextLine] {
        var seen: Set<String> = []
        var result: [TextLine] = []
        for line in lines {
            let nearEdge = line.pageHeight > 0 && (line.bottom < line.pageHeight * 0.1 || line.top > line.pageHeight * 0.9)
            if nearEdge {
                let key = String(line.text.lowercased().map { $0.isNumber ? "#" : $0 })
                if !seen.insert(key).inserted { continue }
            }
            result.append(line)
        }
        return result
    }

    /// Joins words broken by a hyphen at the end of a line with their rest on the next line of
    /// the same paragraph; a line left empty goes.
    private static func joiningHyphenation(_ lines: [TextLine]) -> [TextLine] {
        var lines = lines
        for index in lines.indices.dropLast() where !lines[index + 1].startsParagraph {
            guard let last = lines[index].text.split(separator: " ").last,
                  let next = lines[index + 1].text.split(separator: " ", maxSplits: 1).first,
                  let joined = PDFWordCleaner.joinHyphenated(String(last), String(next)) else { continue }
            lines[index].text = String(lines[index].text.dropLast(last.count)) + joined
            lines[index + 1].text = String(lines[index + 1].text.dropFirst(next.count)).trimmingWhitespace()
        }
        return lines.filter { !$0.text.isEmpty }
    }

    /// Marks short lines set at least 20 % taller than the body text (the line height most words
    /// are set in) as headings.
    private static func markHeadings(_ lines: inout [TextLine]) {
        var weight: [Int: Int] = [:]
        for line in lines { weight[Int((line.height * 2).rounded()), default: 0] += line.text.split(separator: " ").count }
        guard let body = weight.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key, body > 0 else { return }
        let bodyHeight = Double(body) / 2
        for index in lines.indices {
            let text = lines[index].text
            let words = text.split(separator: " ").count
            guard lines[index].height >= bodyHeight * 1.2, words <= 6, text.unicodeScalars.count <= 60,
                  text.contains(where: \.isLetter), let last = text.last, last != ".", last != "," else { continue }
            lines[index].isHeading = true
        }
    }
}
