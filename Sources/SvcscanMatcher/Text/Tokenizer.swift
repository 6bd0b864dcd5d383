/// Splits a block's text into `Token`s on word boundaries, folding case, curly quotes,
/// ligatures and dashes, and marking sentence boundaries so no match crosses one.
///
/// Words are runs of letters and digits (apostrophes inside a word kept); hyphens, slashes and
/// other punctuation separate words. A sentence ends at `.`, `!`, `?`, `;` followed by a space or
/// the end, at a clause mark (`|`, `•`), and at a line break unless the next line starts in
/// lower case (a wrapped sentence).
enum Tokenizer {
    static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var word = String.UnicodeScalarView()
        var wordStart = 0
        var hasDigit = false
        var sentence = 0
        var pendingBreak = false
        let scalars = Array(text.unicodeScalars)

        func flush(at end: Int) {
            guard !word.isEmpty else { return }
            var key = String(word)
            while key.hasSuffix("'") { key.removeLast() }
            if key.hasSuffix("'s") { key.removeLast(2) }
            if !key.isEmpty {
                if pendingBreak, !tokens.isEmpty { sentence += 1 }
                pendingBreak = false
                let isNumber = hasDigit || numberWords.contains(key)
                let isYear = hasDigit && key.count == 4 && Int(key).map { (1950...2039).contains($0) } == true
                tokens.append(Token(key: key, start: wordStart, end: end, sentence: sentence, isNumber: isNumber, isYear: isYear))
            }
            word.removeAll()
            hasDigit = false
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let folded = fold(scalar) {
                if word.isEmpty { wordStart = index }
                word.append(contentsOf: folded.unicodeScalars)
                if scalar.properties.numericType != nil { hasDigit = true }
            } else if isApostrophe(scalar), !word.isEmpty, index + 1 < scalars.count, fold(scalars[index + 1]) != nil {
                word.append("'")
            } else if (scalar == "." || scalar == ","), hasDigit, index + 1 < scalars.count, scalars[index + 1].properties.numericType != nil {
                // 4.5 and 1,200 stay one number.
                word.append(scalar)
            } else if scalar == "%" && hasDigit {
                word.append(scalar)
                flush(at: index + 1)
            } else {
                flush(at: index)
                if endsSentence(scalars, at: index) { pendingBreak = true }
            }
            index += 1
        }
        flush(at: scalars.count)
        return tokens
    }

    /// Number words that count as quantities in `#` patterns.
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
    ]

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}"
    }

    /// The lower-case form of a word scalar (ligatures expanded), or nil for separators.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        if scalar.isASCII {
            let value = scalar.value
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) { return String(scalar) }
            if (0x41...0x5A).contains(value) { return String(Unicode.Scalar(value + 32)!) }
            return nil
        }
        switch scalar.value {
        case 0xFB00: return "ff"
        case 0xFB01: return "fi"
        case 0xFB02: return "fl"
        case 0xFB03: return "ffi"
        case 0xFB04: return "ffl"
        case 0xFB05, 0xFB06: return "st"
        default: break
        }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        // Combining marks (accents typed separately) belong to the word they follow.
        return properties.lowercaseMapping
    }

    private static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let scalar = scalars[index]
        switch scalar {
        case "|", "\u{2022}", "\u{25AA}", "\u{25CF}", "\u{00B7}", ";":
            return true
        case ".", "!", "?", "\u{2026}":
            return index + 1 >= scalars.count || scalars[index + 1].properties.isWhitespace
        case "\n":
            var next = index + 1
            while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
            return next >= scalars.count || !scalars[next].properties.isLowercase
        default:
            return false
        }
    }
}
