/// Compiles the lexicon's pattern language into `PatternNode` trees.
///
/// Syntax: words separated by spaces; `word~` adds inflections; `(a|b c)` alternatives (an
/// alternative may be several words); `?` after a word or group makes it optional; `...` is a gap
/// of up to four words and `...N` of up to N; `@name` is any member of a word class; `#` is any
/// number. Words are normalised like document text (lower case, hyphens split words, trailing
/// `'s` dropped), so patterns and documents always agree.
struct PatternCompiler {
    /// Word classes by name (without `@`), each a list of patterns.
    let classes: [String: [String]]
    /// Where the words of the trees are numbered.
    let numbering: WordNumbering
    /// Each class and each word compiled once: a lexicon refers to its classes hundreds of times
    /// and repeats its common words.
    private let compiled: Cache

    /// A compiler whose trees number their words in `numbering` (the builder's, so the two agree).
    init(classes: [String: [String]], numbering: WordNumbering) {
        self.classes = classes
        self.numbering = numbering
        compiled = Cache()
    }

    /// Compiled classes and words, filled on first use (a class may use other classes).
    private final class Cache {
        var classes: [String: PatternNode] = [:]
        /// Keyed by the word as written, `~` included.
        var words: [String: PatternNode] = [:]
    }

    /// The tree a pattern stands for.
    func compile(_ pattern: String) throws -> PatternNode {
        var parser = Parser(pattern: pattern, scalars: Array(pattern.unicodeScalars), compiler: self, depth: 0)
        let node = try parser.parseAlternatives(closing: nil)
        guard parser.atEnd else { throw PatternError(pattern: pattern, reason: "unexpected ')'") }
        if node.isNullable { throw PatternError(pattern: pattern, reason: "can match nothing") }
        if node.hasGapAtEdge(fromEnd: false) { throw PatternError(pattern: pattern, reason: "starts with a gap") }
        if node.hasGapAtEdge(fromEnd: true) { throw PatternError(pattern: pattern, reason: "ends with a gap") }
        return node
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

        /// Parses sequences separated by `|` until `closing` (or the end).
        mutating func parseAlternatives(closing: Unicode.Scalar?) throws -> PatternNode {
            var options: [PatternNode] = []
            var items: [PatternNode] = []
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
                    options.append(Self.sequence(items))
                    items = []
                    continue
                }
                var item = try parseItem()
                if index < scalars.count, scalars[index] == "?" {
                    index += 1
                    item = .optional(item)
                }
                items.append(item)
            }
            options.append(Self.sequence(items))
            return Self.alternatives(options)
        }

        private static func sequence(_ items: [PatternNode]) -> PatternNode {
            items.count == 1 ? items[0] : .sequence(items)
        }

        /// Alternatives that are single word sets merge into one set, so common groups such as
        /// `(calm~|reassure~)` cost one dictionary entry per word.
        private static func alternatives(_ options: [PatternNode]) -> PatternNode {
            var words: Set<Int32> = []
            var rest: [PatternNode] = []
            for option in options {
                if case .words(let numbers) = option { words.formUnion(numbers) } else { rest.append(option) }
            }
            let all = (words.isEmpty ? [] : [PatternNode.words(words.sorted())]) + rest
            return all.count == 1 ? all[0] : .alternatives(all)
        }

        private mutating func parseItem() throws -> PatternNode {
            let scalar = scalars[index]
            if scalar == "(" {
                index += 1
                guard depth < 16 else { throw fail("groups nested too deeply") }
                let inner = try parseAlternatives(closing: ")")
                index += 1
                return inner
            }
            if scalar == "#" {
                index += 1
                return .number
            }
            if scalar == "@" {
                index += 1
                let name = readWord()
                guard let members = compiler.classes[name] else { throw fail("unknown class @\(name)") }
                if let known = compiler.compiled.classes[name] { return known }
                guard depth < 8 else { throw fail("classes nested too deeply at @\(name)") }
                var options: [PatternNode] = []
                for member in members {
                    var inner = Parser(pattern: member, scalars: Array(member.unicodeScalars), compiler: compiler, depth: depth + 1)
                    options.append(try inner.parseAlternatives(closing: nil))
                }
                let node = Self.alternatives(options)
                compiler.compiled.classes[name] = node
                return node
            }
            if scalar == ".", index + 2 < scalars.count, scalars[index + 1] == ".", scalars[index + 2] == "." {
                index += 3
                var digits = ""
                while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                    digits.unicodeScalars.append(scalars[index])
                    index += 1
                }
                let size = digits.isEmpty ? 4 : Int(digits) ?? 0
                guard (1...12).contains(size) else { throw fail("gap size must be 1–12") }
                return .gap(size)
            }
            let raw = readWord()
            guard !raw.isEmpty else { throw fail("unexpected '\(scalar)'") }
            let inflect = index < scalars.count && scalars[index] == "~"
            if inflect { index += 1 }
            let written = inflect ? raw + "~" : raw
            if let known = compiler.compiled.words[written] { return known }
            let parts = Tokenizer.tokens(in: raw).map(\.key)
            guard let last = parts.last else { throw fail("'\(raw)' has no letters or digits") }
            let numbering = compiler.numbering
            var steps = parts.dropLast().map { PatternNode.words([numbering.number(of: $0)]) }
            let forms = inflect ? Inflector.forms(of: last) : [last]
            steps.append(.words(Set(forms.map(numbering.number(of:))).sorted()))
            let node = Self.sequence(steps)
            compiler.compiled.words[written] = node
            return node
        }

        private mutating func skipSpaces() {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        }

        private mutating func readWord() -> String {
            let start = index
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == " " || scalar == "\t" || scalar == "(" || scalar == ")" || scalar == "|" || scalar == "?" || scalar == "~" { break }
                index += 1
            }
            // Encoded into one buffer: appending scalar by scalar to a String costs ten times more.
            return String(unsafeUninitializedCapacity: (index - start) * 4) { buffer in
                var count = 0
                for scalar in scalars[start..<index] {
                    UTF8.encode(scalar) { byte in
                        buffer[count] = byte
                        count += 1
                    }
                }
                return count
            }
        }
    }
}
