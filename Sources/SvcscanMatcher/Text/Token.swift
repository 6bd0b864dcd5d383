/// One word or number of a block's text, normalised for matching.
///
/// Offsets and the sentence index are stored in 32 bits, which keeps a token to 32 bytes: a text
/// dump of a few megabytes holds hundreds of thousands of them at once.
struct Token: Sendable {
    /// Lower-cased, quotes and ligatures folded, possessive `'s` dropped; number tokens keep
    /// their text too (so `#` patterns and number words both work).
    var key: String
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedSentence: Int32
    var isNumber: Bool
    /// A four-digit year (1950–2039): a number, but not a measure of outcome.
    var isYear: Bool

    init(key: String, start: Int, end: Int, sentence: Int, isNumber: Bool, isYear: Bool) {
        self.key = key
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: end)
        storedSentence = Int32(clamping: sentence)
        self.isNumber = isNumber
        self.isYear = isYear
    }

    /// 0-based scalar offsets into the block's text, half-open.
    var start: Int { Int(storedStart) }
    var end: Int { Int(storedEnd) }
    /// Index of the sentence (or clause set off by `|`, `•`, `;`) within the block.
    var sentence: Int { Int(storedSentence) }
}
