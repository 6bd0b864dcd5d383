/// One line of a text file, as Unicode scalars, with its 1-based line number.
struct SourceLine {
    var number: Int
    var scalars: [Unicode.Scalar]

    /// Splits text into lines at LF, CRLF and lone CR; the line ends are not kept.
    static func split(_ text: String) -> [SourceLine] {
        Array(Lines(text))
    }

    /// The lines of a text one at a time, so a long file is never held as scalars all at once.
    struct Lines: Sequence, IteratorProtocol {
        private var scalars: String.UnicodeScalarView.Iterator
        private var number = 0
        private var previousWasCR = false
        private var finished = false

        init(_ text: String) {
            scalars = text.unicodeScalars.makeIterator()
        }

        mutating func next() -> SourceLine? {
            guard !finished else { return nil }
            var current: [Unicode.Scalar] = []
            while let scalar = scalars.next() {
                if scalar == "\n" && previousWasCR {
                    previousWasCR = false
                    continue
                }
                previousWasCR = scalar == "\r"
                if scalar == "\n" || scalar == "\r" {
                    number += 1
                    return SourceLine(number: number, scalars: current)
                }
                current.append(scalar)
            }
            finished = true
            guard !current.isEmpty else { return nil }
            number += 1
            return SourceLine(number: number, scalars: current)
        }
    }

    var isBlank: Bool { scalars.allSatisfy { $0.properties.isWhitespace } }

    /// Number of leading whitespace scalars, a tab counting as four columns of indentation.
    var indentation: Int {
        var width = 0
        for scalar in scalars {
            if scalar == " " { width += 1 } else if scalar == "\t" { width += 4 } else if scalar.properties.isWhitespace { width += 1 } else { break }
        }
        return width
    }
}
