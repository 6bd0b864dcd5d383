/// One line of a text file, as Unicode scalars, with its 1-based line number.
struct SourceLine {
    var number: Int
    var scalars: [Unicode.Scalar]

    /// Splits text into lines at LF, CRLF and lone CR; the line ends are not kept.
    static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var current: [Unicode.Scalar] = []
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(SourceLine(number: lines.count + 1, scalars: current))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(SourceLine(number: lines.count + 1, scalars: current)) }
        return lines
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
