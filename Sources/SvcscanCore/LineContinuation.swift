/// Tells whether a line break falls inside a sentence, as in text extracted from a PDF, where a
/// bullet wraps over several lines: the next line goes on with the same sentence when the line
/// ends in a comma, a connecting word (`and`, `of`, `the`, `with` …) or an opening bracket.
public enum LineContinuation {
    /// True when the text of `scalars` before `end` (0-based, exclusive) ends mid-sentence;
    /// trailing spaces and tabs are ignored.
    public static func endsMidSentence(_ scalars: [Unicode.Scalar], before end: Int) -> Bool {
        var index = end - 1
        while index >= 0, scalars[index] == " " || scalars[index] == "\t" { index -= 1 }
        guard index >= 0 else { return false }
        if joiningMarks.contains(scalars[index]) { return true }
        guard scalars[index].properties.isAlphabetic else { return false }
        var start = index
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        guard index - start < 12 else { return false }
        let word = String(String.UnicodeScalarView(scalars[start...index])).lowercased()
        return connectingWords.contains(word)
    }

    private static let joiningMarks: Set<Unicode.Scalar> = [",", "&", "(", "/", "-", "\u{2013}"]

    /// Words a sentence never ends on.
    private static let connectingWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "with", "for", "in", "on", "at", "by", "from", "into", "as",
        "our", "their", "its", "his", "her", "my", "your", "that", "which", "who", "whose", "including", "across",
        "between", "through", "via", "per", "within", "over", "under", "among", "towards", "toward", "while",
        "such", "both", "using", "is", "are", "was", "were", "be", "been", "has", "have", "had", "than",
    ]
}
