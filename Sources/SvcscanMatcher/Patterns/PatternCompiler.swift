/// Compiles the lexicon's pattern language into linear sequences of `PatternStep`s.
///
/// Syntax: words separated by spaces; `word~` adds inflections; `(a|b c)` alternatives (an
/// alternative may be several words); `?` after a word or group makes it optional; `...` is a gap
/// of up to four words and `...N` of up to N; `@name` is any member of a word class; `#` is any
/// number. Words are normalised like document text (lower case, hyphens split words, trailing
/// `'s` dropped), so patterns and documents always agree.
struct PatternCompiler {
    /// Word classes by name (without `@`), each a list of patterns.
    var classes: [String: [String]]
    /// Most linear sequences one pattern may expand to.
    static let maxExpansions = 4096

    /// The linear sequences a pattern stands for.
    func compile(_ pattern: String) throws -> [[PatternStep]] {
        var parser = Parser(pattern: pattern, scalars: Array(pattern.unicodeScalars), compiler: self, depth: 0)
        let sequences = try parser.parseSequence(closing: nil)
        guard parser.atEnd else { throw PatternError(pattern: pattern, reason: "unexpected ')'") }
        guard !sequences.isEmpty else { throw PatternError(pattern: pattern, reason: "empty pattern") }
        for sequence in sequences {
            guard !sequence.isEmpty else { throw PatternError(pattern: pattern, reason: "can match nothing") }
            if case .gap = sequence.first! { throw PatternError(pattern: pattern, reason: "starts with a gap") }
            if case .gap = sequence.last! { throw PatternError(pattern: pattern, reason: "ends with a gap") }
        }
        return sequences
    }

    private struct Parser {
        let pattern: String
        let scalars: [Unicode.Scalar]
        let compiler: PatternCompiler
        let depth: Int
        var index = 0

        init(pattern: String, scalars: [Unicode.Scalar], compiler: PatternCompiler, depth: Int) {
            self.pattern = pattern
            self.scalars = scalars
            self.compiler = compiler
            self.depth = depth
        }

        var atEnd: Bool { index >= scalars.count }

        private func fail(_ reason: String) -> PatternError { PatternError(pattern: pattern, reason: reason) }

        /// Parses items until `closing` (or the end), returning the alternatives joined by `|`.
        mutating func parseSequence(closing: Unicode.Scalar?) throws -> [[PatternStep]] {
            var alternatives: [[PatternStep]] = []
            var current: [[PatternStep]] = [[]]
            while true {
                skipSpaces()
                if atEnd {
                    if closing != nil { throw fail("missing ')'") }
                    break
                }
                let scalar = scalars[index]
                if scalar == ")" {
                    guard closing == ")" else { throw fail("unexpected ')'") }
                    break
                }
                if scalar == "|" {
                    index += 1
                    alternatives += current
                    current = [[]]
                    continue
                }
                var item = try parseItem()
                if index < scalars.count, scalars[index] == "?" {
                    index += 1
                    item.append([])
                }
                current = try concatenate(current, item)
            }
            alternatives += current
            return alternatives
        }

        private mutating func parseItem() throws -> [[PatternStep]] {
            let scalar = scalars[index]
            if scalar == "(" {
                index += 1
                guard depth < 16 else { throw fail("groups nested too deeply") }
                let inner = try parseSequence(closing: ")")
                index += 1
                return merged(inner)
            }
            if scalar == "#" {
                index += 1
                return [[.number]]
            }
            if scalar == "@" {
                index += 1
                let name = readWord()
                guard let members = compiler.classes[name] else { throw fail("unknown class @\(name)") }
                guard depth < 8 else { throw fail("classes nested too deeply at @\(name)") }
                var expansions: [[PatternStep]] = []
                for member in members {
                    var inner = Parser(pattern: member, scalars: Array(member.unicodeScalars), compiler: compiler, depth: depth + 1)
                    expansions += try inner.parseSequence(closing: nil)
                }
                return merged(expansions)
            }
            if scalar == ".", index + 2 < scalars.count, scalars[index + 1] == ".", scalars[index + 2] == "." {
                index += 3
                var digits = ""
                while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                    digits.unicodeScalars.append(scalars[index])
                    index += 1
                }
                let size = digits.isEmpty ? 4 : Int(digits) ?? 4
                guard (1...12).contains(size) else { throw fail("gap size must be 1–12") }
                return [[.gap(size)]]
            }
            let raw = readWord()
            guard !raw.isEmpty else { throw fail("unexpected '\(scalar)'") }
            let inflect = index < scalars.count && scalars[index] == "~"
            if inflect { index += 1 }
            let parts = Tokenizer.tokens(in: raw).map(\.key)
            guard !parts.isEmpty else { throw fail("'\(raw)' has no letters or digits") }
            var steps = parts.dropLast().map { PatternStep.words([$0]) }
            steps.append(.words(Set(inflect ? Inflector.forms(of: parts.last!) : [parts.last!])))
            return [steps]
        }

        /// Alternatives that are all one literal step collapse into one step with every word.
        private func merged(_ alternatives: [[PatternStep]]) -> [[PatternStep]] {
            var words: Set<String> = []
            var rest: [[PatternStep]] = []
            for alternative in alternatives {
                if alternative.count == 1, case .words(let set) = alternative[0] {
                    words.formUnion(set)
                } else {
                    rest.append(alternative)
                }
            }
            return (words.isEmpty ? [] : [[.words(words)]]) + rest
        }

        private func concatenate(_ prefixes: [[PatternStep]], _ suffixes: [[PatternStep]]) throws -> [[PatternStep]] {
            guard prefixes.count * suffixes.count <= PatternCompiler.maxExpansions else {
                throw fail("expands to more than \(PatternCompiler.maxExpansions) phrases; split it")
            }
            return prefixes.flatMap { prefix in suffixes.map { prefix + $0 } }
        }

        private mutating func skipSpaces() {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        }

        private mutating func readWord() -> String {
            var word = ""
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == " " || scalar == "\t" || scalar == "(" || scalar == ")" || scalar == "|" || scalar == "?" || scalar == "~" { break }
                word.unicodeScalars.append(scalar)
                index += 1
            }
            return word
        }
    }
}
