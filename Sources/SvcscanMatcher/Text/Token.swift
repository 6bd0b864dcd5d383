/// One word or number of a block's text, normalised for matching.
struct Token: Sendable {
    /// Lower-cased, quotes and ligatures folded, possessive `'s` dropped; number tokens keep
    /// their text too (so `#` patterns and number words both work).
    var key: String
    /// 0-based scalar offsets into the block's text, half-open.
    var start: Int
    var end: Int
    /// Index of the sentence (or clause set off by `|`, `•`, `;`) within the block.
    var sentence: Int
    var isNumber: Bool
    /// A four-digit year (1950–2039): a number, but not a measure of outcome.
    var isYear: Bool
}
