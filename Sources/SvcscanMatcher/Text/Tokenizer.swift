import SvcscanCore

/// Splits a block's text into `Token`s on word boundaries, folding case, curly quotes,
/// ligatures and dashes, and marking sentence boundaries so no match crosses one.
///
/// Words are runs of letters and digits (apostrophes inside a word kept); hyphens, slashes and
/// other punctuation separate words. A sentence ends at `.`, `!`, `?`, `;` followed by a space or
/// the end, at a clause mark or bullet glyph (`|`, `•`, `➢`, a spaced ` - ` …), and at a line
/// break unless the sentence wraps: the next line starts in lower case, or the line ends
/// mid-sentence (`LineContinuation`).
enum Tokenizer {
    static func tokens(in text: String) -> [Token] {
        let scalars = unicodeScalars(of: text)
        var builder = Builder()
        builder.tokens.reserveCapacity(scalars.count / 4 + 1)
        for index in scalars.indices {
            let scalar = scalars[index]
            if appendFolded(scalar, to: &builder.word, startingAt: index, wordStart: &builder.wordStart, hasDigit: &builder.hasDigit) {
                continue
            } else if isApostrophe(scalar), !builder.word.isEmpty, index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
                builder.word.append(UInt8(ascii: "'"))
            } else if (scalar == "." || scalar == ","), builder.hasDigit, index + 1 < scalars.count, isDigit(scalars[index + 1]) {
                // 4.5 and 1,200 stay one number.
                builder.word.append(UInt8(scalar.value))
            } else if scalar == "%" && builder.hasDigit {
                builder.word.append(UInt8(ascii: "%"))
                builder.flush(at: index + 1)
            } else {
                // "17. Answered calls" or "3) Trained staff": a list's own numbering counts nothing.
                builder.isListIndex = builder.tokens.isEmpty && builder.hasDigit && builder.word.count <= 3 && (scalar == "." || scalar == ")")
                    && (index + 1 >= scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\t")
                builder.flush(at: index)
                if endsSentence(scalars, at: index) { builder.pendingBreak = true }
            }
        }
        builder.flush(at: scalars.count)
        return builder.tokens
    }

    /// The text's scalars, decoded in one pass (`Array(text.unicodeScalars)` counts them first).
    private static func unicodeScalars(of text: String) -> [Unicode.Scalar] {
        // A scalar takes at least one UTF-8 byte, so the byte count is always room enough.
        [Unicode.Scalar](unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
            for scalar in text.unicodeScalars {
                (buffer.baseAddress! + count).initialize(to: scalar)
                count += 1
            }
        }
    }

    /// The tokens found so far and the word being read. A struct rather than variables captured
    /// by a local function, which Swift checks for exclusive access at run time on every call.
    private struct Builder {
        var tokens: [Token] = []
        /// The current word's normalised UTF-8, built without a String per scalar.
        var word: [UInt8]
        var wordStart = 0
        var hasDigit = false
        var sentence = 0
        var pendingBreak = false
        /// The word being flushed is a list item's number at the start of the block.
        var isListIndex = false

        init() {
            word = []
            word.reserveCapacity(32)
        }

        /// Ends the current word at scalar offset `end`, adding it as a token unless nothing but
        /// apostrophes is left of it.
        mutating func flush(at end: Int) {
            guard !word.isEmpty else { return }
            while word.last == UInt8(ascii: "'") { word.removeLast() }
            if word.count >= 2, word[word.count - 1] == UInt8(ascii: "s"), word[word.count - 2] == UInt8(ascii: "'") { word.removeLast(2) }
            if !word.isEmpty {
                if pendingBreak, !tokens.isEmpty { sentence += 1 }
                pendingBreak = false
                let key = String(decoding: word, as: UTF8.self)
                let isNumber = (hasDigit && !isListIndex) || (Tokenizer.mayBeNumberWord(word) && Tokenizer.numberWords.contains(key))
                    || (tokens.last.map { $0.key == "a" || $0.key == "one" } == true && Tokenizer.fractionWords.contains(key))
                let isYear = hasDigit && word.count == 4 && Int(key).map { (1950...2039).contains($0) } == true
                tokens.append(Token(key: key, start: wordStart, end: end, sentence: sentence, isNumber: isNumber, isYear: isYear))
            }
            word.removeAll(keepingCapacity: true)
            hasDigit = false
            isListIndex = false
        }
    }

    /// Appends the lower-case UTF-8 of a word scalar (ligatures expanded); false for separators.
    private static func appendFolded(_ scalar: Unicode.Scalar, to word: inout [UInt8], startingAt index: Int,
                                     wordStart: inout Int, hasDigit: inout Bool) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                if word.isEmpty { wordStart = index }
                word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if word.isEmpty { wordStart = index }
                word.append(byte + 32)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if word.isEmpty { wordStart = index }
                word.append(byte)
                hasDigit = true
            default:
                return false
            }
            return true
        }
        let folded: String
        switch value {
        case 0xFB00: folded = "ff"
        case 0xFB01: folded = "fi"
        case 0xFB02: folded = "fl"
        case 0xFB03: folded = "ffi"
        case 0xFB04: folded = "ffl"
        case 0xFB05, 0xFB06: folded = "st"
        default:
            let properties = scalar.properties
            if properties.numericType != nil {
                hasDigit = true
            } else if !properties.isAlphabetic {
                return false
            }
            folded = properties.lowercaseMapping
        }
        if word.isEmpty { wordStart = index }
        word.append(contentsOf: folded.utf8)
        return true
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// Number words that count as quantities in `#` patterns.
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
        "half", "halved", "twice", "thrice", "doubled", "tripled", "quadrupled", "thirds",
    ]

    /// Fractions that measure only after "a" or "one" ("by a third"), since alone they are
    /// ordinals ("third-party", "each quarter").
    static let fractionWords: Set<String> = ["third", "quarter", "fifth", "tenth"]

    /// Length range and first letters of `numberWords`, to skip hashing most words.
    private static let numberWordLengths = numberWords.map(\.utf8.count).min()!...numberWords.map(\.utf8.count).max()!
    private static let numberWordStarts: [Bool] = {
        var starts = [Bool](repeating: false, count: 256)
        for word in numberWords { starts[Int(word.utf8.first!)] = true }
        return starts
    }()

    private static func mayBeNumberWord(_ word: [UInt8]) -> Bool {
        numberWordLengths.contains(word.count) && numberWordStarts[Int(word[0])]
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}"
    }

    private static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let scalar = scalars[index]
        switch scalar {
        // Marks that end a clause wherever they stand: one-line documents (a résumé flattened
        // into a data set) separate their bullets with them.
        case "|", ";", "\u{2022}", "\u{25AA}", "\u{25CF}", "\u{00B7}", "\u{27A2}", "\u{27A4}", "\u{25BA}", "\u{25B6}",
             "\u{2756}", "\u{2713}", "\u{2714}", "\u{25E6}", "\u{25CB}", "\u{25A0}", "\u{25A1}", "\u{2B9A}", "\u{F0B7}",
             "\u{F0A7}", "\u{F0D8}", "\u{FFFD}":
            return true
        case "-", "\u{2013}", "\u{2014}":
            // A dash with a space on each side separates flattened bullets ("Sales - Managed …").
            return index > 0 && index + 1 < scalars.count && scalars[index - 1] == " " && scalars[index + 1] == " "
        case ".", "!", "?", "\u{2026}":
            return index + 1 >= scalars.count || scalars[index + 1].properties.isWhitespace
        case "\n":
            var next = index + 1
            while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
            return next >= scalars.count || !(scalars[next].properties.isLowercase || LineContinuation.endsMidSentence(scalars, before: index))
        default:
            return false
        }
    }
}
