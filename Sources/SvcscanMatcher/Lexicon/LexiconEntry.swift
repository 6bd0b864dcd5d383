import SvcscanCore

/// One entry of the lexicon, as written in a `Lexicon/**/*.yml` file.
public struct LexiconEntry: Sendable {
    /// A rewrite example: the whole sentence before and after.
    public struct RewriteExample: Sendable, Equatable {
        public var from: String
        public var to: String
    }

    /// Examples are executable: `flag` texts must match (span between ⟦ ⟧), `pass` texts must
    /// not, and `rewrite` pairs must come out exactly.
    public struct Examples: Sendable {
        public var flag: [String] = []
        public var pass: [String] = []
        public var rewrite: [RewriteExample] = []
    }

    public var id: String
    public var aliases: [String]
    public var family: EntryFamily
    public var kind: EntryKind
    public var title: String
    /// Seed file stems the entry grows from.
    public var seeds: [String]
    public var severity: Severity
    public var scope: EntryScope
    public var weight: EntryWeight
    public var message: String
    public var rationale: String
    public var suggestion: String
    /// A template with `{verb}`, `{object}`, `{rest}`, `{match}` and visible `[slots]`.
    public var rewrite: String?
    public var claim: [String]
    public var behaviour: [String]
    public var patterns: [String]
    public var unless: [String]
    /// What does not count: a claim, behaviour or phrase match of this entry that overlaps a
    /// match of one of these patterns is dropped ("led to" is not leading).
    public var except: [String]
    /// Words that mark a line of work that could show the trait when it is missing ("calls",
    /// "front desk" for responsiveness): advice names that line; they earn nothing.
    public var hints: [String]
    /// A match makes behaviour in the same sentence proven (business outcomes, metrics).
    public var proves: Bool
    public var examples: Examples
    /// Every pattern list with the role its matches play, in the order the automaton numbers them.
    var patternLists: [(role: PatternRole, patterns: [String])] {
        [(.claim, claim), (.behaviour, behaviour), (.phrase, patterns), (.unless, unless), (.except, except), (.hint, hints)]
    }

    /// Where the entry is written: file path relative to the lexicon folder, and 1-based line.
    public var file: String
    public var line: Int
}
