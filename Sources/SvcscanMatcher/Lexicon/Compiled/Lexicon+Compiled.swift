extension Lexicon {
    /// The first bytes of a compiled lexicon, then the format version.
    static let compiledMagic = Array("svcscan lexicon\n".utf8)
    /// Bumped whenever the compiled layout changes; older files are refused, not misread.
    static let compiledFormat = 5

    /// The lexicon compiled to bytes: word classes, verb forms, entries and the finalized automaton, so
    /// loading skips YAML parsing, validation and pattern compilation. The same lexicon always
    /// gives the same bytes.
    public func compiled() -> [UInt8] {
        var writer = ByteWriter()
        writer.write(raw: Self.compiledMagic)
        writer.write(Self.compiledFormat)
        writer.write(classes.count)
        for name in classes.keys.sorted() {
            writer.write(name)
            writer.write(classes[name] ?? [])
        }
        for table in [verbs.irregularPast, verbs.nominalisations] {
            writer.write(table.keys.sorted())
            writer.write(table.keys.sorted().map { table[$0] ?? "" })
        }
        writer.write(verbs.ingNouns.sorted())
        writer.write(verbs.notVerbs.sorted())
        writer.write(verbs.baseVerbs.sorted())
        writer.write(entries.count)
        for entry in entries { entry.write(to: &writer) }
        automaton.write(to: &writer)
        return writer.bytes
    }

    /// True when `bytes` start like a compiled lexicon.
    public static func isCompiled(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.starts(with: compiledMagic)
    }

    /// Reads a lexicon written by `compiled()`; `name` names it in errors.
    public static func load(compiled bytes: UnsafeRawBufferPointer, name: String) throws -> Lexicon {
        func problem(_ reason: String) -> Problems {
            Problems(errors: [LexiconError(file: name, line: 0, reason: reason)])
        }
        guard isCompiled(bytes) else { throw problem("not a compiled svcscan lexicon") }
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: bytes[compiledMagic.count...]))
        do {
            let format = try reader.int()
            guard format == compiledFormat else {
                throw problem("compiled lexicon format \(format), this svcscan reads format \(compiledFormat): compile it again with `svcscan lexicon compile`")
            }
            var classes: [String: [String]] = [:]
            for _ in 0..<(try reader.count()) {
                let name = try reader.string()
                classes[name] = try reader.strings()
            }
            var verbs = VerbForms()
            for table in [\VerbForms.irregularPast, \VerbForms.nominalisations] {
                let keys = try reader.strings(), values = try reader.strings()
                guard keys.count == values.count else { throw ByteReader.Damaged() }
                verbs[keyPath: table] = Dictionary(zip(keys, values), uniquingKeysWith: { first, _ in first })
            }
            verbs.ingNouns = Set(try reader.strings())
            verbs.notVerbs = Set(try reader.strings())
            verbs.baseVerbs = Set(try reader.strings())
            let entries = try (0..<reader.count()).map { _ in try LexiconEntry(from: &reader) }
            let automaton = try PhraseAutomaton(from: &reader, entryCount: entries.count)
            guard reader.isAtEnd, LexiconValidator.problems(in: entries).isEmpty else { throw ByteReader.Damaged() }
            return Lexicon(entries: entries, automaton: automaton, classes: classes, verbs: verbs)
        } catch is ByteReader.Damaged {
            throw problem("compiled lexicon is truncated or damaged")
        }
    }
}
