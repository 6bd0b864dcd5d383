import SvcscanCore

/// Runs every example of every entry and reports each one that does not behave as written.
///
/// For each `flag` example the ⟦ ⟧ markers are removed and the entry alone must find exactly
/// the marked spans; again with non-ASCII text in front (to catch offset bugs; not for metric
/// entries, whose span is the whole bullet, so text in front changes the answer); and the whole
/// lexicon must find the same spans for that entry. `pass` examples must stay silent, and
/// `rewrite` examples must produce their `to` text exactly (a `to` equal to `from`: no rewrite),
/// with the whole lexicon, whose other entries decide which slots the sentence answers.
public struct LexiconVerifier {
    public let lexicon: Lexicon

    /// Text put in front of examples in the second run: accents, curly quotes, a dash.
    static let prefix = "Zoë — “Café” résumé. "

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// Every failing example, as errors naming file, entry and example.
    public func problems() -> [LexiconError] {
        let everything = Analyzer(lexicon: lexicon)
        var errors: [LexiconError] = []
        for entry in lexicon.entries {
            func fail(_ reason: String) {
                errors.append(LexiconError(file: entry.file, line: entry.line, entryID: entry.id, reason: reason))
            }
            guard let single = try? Analyzer(lexicon: lexicon.only(entry.id)) else {
                fail("patterns do not compile on their own")
                continue
            }
            for (number, example) in entry.examples.flag.enumerated() {
                let label = "flag example \(number + 1) \"\(example)\""
                guard let (text, expected) = Self.markedSpans(example) else {
                    fail("\(label): needs balanced ⟦ ⟧ markers around the expected span")
                    continue
                }
                let found = spans(of: entry, in: text, using: single)
                if found != expected {
                    fail("\(label): expected \(Self.describe(expected, in: text)), found \(Self.describe(found, in: text))")
                    continue
                }
                let shifted = expected.map { ($0.lowerBound + Self.prefixLength)..<($0.upperBound + Self.prefixLength) }
                let prefixed = entry.kind == .metric ? shifted : spans(of: entry, in: Self.prefix + text, using: single)
                if prefixed != shifted {
                    fail("\(label): with non-ASCII text in front, expected \(Self.describe(shifted, in: Self.prefix + text)), found \(Self.describe(prefixed, in: Self.prefix + text))")
                }
                let whole = spans(of: entry, in: text, using: everything)
                if whole != expected {
                    fail("\(label): with the whole lexicon, expected \(Self.describe(expected, in: text)), found \(Self.describe(whole, in: text))")
                }
            }
            for (number, example) in entry.examples.pass.enumerated() {
                let found = spans(of: entry, in: example, using: single) + spans(of: entry, in: example, using: everything)
                if !found.isEmpty {
                    fail("pass example \(number + 1) \"\(example)\": should not match, but found \(Self.describe(found, in: example))")
                }
            }
            for (number, example) in entry.examples.rewrite.enumerated() {
                let result = rewritten(example.from, entry: entry, using: everything)
                if (result ?? example.from) != example.to {
                    fail("rewrite example \(number + 1): from \"\(example.from)\" expected \(example.to == example.from ? "no rewrite" : "\"\(example.to)\""), got \(result.map { "\"\($0)\"" } ?? "no rewrite")")
                }
            }
        }
        return errors
    }

    private static var prefixLength: Int { prefix.unicodeScalars.count }

    /// The example as a document that puts it in the entry's scope, and the line it is on.
    private func document(_ text: String, for entry: LexiconEntry) -> (Document, line: Int) {
        let needsSection: String? = entry.kind == .metric || entry.scope == .bullet ? "Experience" : entry.scope == .summary ? "Summary" : nil
        let kind: BlockKind = entry.scope == .heading ? .heading : (entry.kind == .metric || entry.scope == .bullet ? .listItem : .paragraph)
        var blocks: [Block] = []
        if let needsSection { blocks.append(Block(kind: .heading, level: 1, text: needsSection, at: SourceLocation(line: 1, column: 1))) }
        blocks.append(Block(kind: kind, level: kind == .heading ? 1 : 0, text: text, at: SourceLocation(line: blocks.count + 1, column: 1)))
        return (Document(format: .txt, blocks: blocks), blocks.count)
    }

    /// Spans (0-based scalar offsets in `text`) of this entry's findings.
    private func spans(of entry: LexiconEntry, in text: String, using analyzer: Analyzer) -> [Range<Int>] {
        let (document, line) = document(text, for: entry)
        return analyzer.analyze(document).findings
            .filter { $0.entryID == entry.id && $0.span.start.line == line }
            .map { ($0.span.start.column - 1)..<($0.span.end.column - 1) }
    }

    private func rewritten(_ text: String, entry: LexiconEntry, using analyzer: Analyzer) -> String? {
        let (document, line) = document(text, for: entry)
        guard let rewrite = analyzer.analyze(document).findings.first(where: { $0.entryID == entry.id && $0.rewrite != nil })?.rewrite,
              rewrite.span.start.line == line else { return nil }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[0..<(rewrite.span.start.column - 1)])
        result.append(contentsOf: rewrite.replacement.unicodeScalars)
        result.append(contentsOf: scalars[(rewrite.span.end.column - 1)...])
        return String(result)
    }

    /// The text without ⟦ ⟧ markers, and the marked spans as scalar offsets; nil when unbalanced.
    static func markedSpans(_ example: String) -> (String, [Range<Int>])? {
        var text = String.UnicodeScalarView()
        var spans: [Range<Int>] = []
        var open: Int?
        var count = 0
        for scalar in example.unicodeScalars {
            if scalar == "⟦" {
                guard open == nil else { return nil }
                open = count
            } else if scalar == "⟧" {
                guard let start = open else { return nil }
                spans.append(start..<count)
                open = nil
            } else {
                text.append(scalar)
                count += 1
            }
        }
        guard open == nil, !spans.isEmpty else { return nil }
        return (String(text), spans)
    }

    private static func describe(_ spans: [Range<Int>], in text: String) -> String {
        guard !spans.isEmpty else { return "nothing" }
        let scalars = Array(text.unicodeScalars)
        return spans.map { span in
            let clamped = max(0, span.lowerBound)..<min(scalars.count, max(span.lowerBound, span.upperBound))
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[clamped])
            return "⟦\(String(piece))⟧ at columns \(span.lowerBound + 1)–\(span.upperBound)"
        }.joined(separator: ", ")
    }
}
