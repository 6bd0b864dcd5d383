/// One page of a PDF as poppler's `pdftotext -bbox-layout` lays it out: lines of words with their
/// boxes, in points from the page's top-left corner.
struct PDFPage {
    struct Box {
        var xMin, yMin, xMax, yMax: Double
        var height: Double { yMax - yMin }
        var width: Double { xMax - xMin }

        /// The smallest box holding both.
        func union(_ other: Box) -> Box {
            Box(xMin: min(xMin, other.xMin), yMin: min(yMin, other.yMin), xMax: max(xMax, other.xMax), yMax: max(yMax, other.yMax))
        }
    }

    struct Word {
        var text: String
        var box: Box
    }

    /// A line of words as poppler grouped it; `block` numbers poppler's text blocks on the page.
    struct Line {
        var words: [Word]
        var box: Box
        var block: Int
    }

    var width: Double
    var height: Double
    var lines: [Line] = []
}
