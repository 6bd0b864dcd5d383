import SvcscanCore

extension LexiconEntry {
    /// Writes every field, examples included, so a compiled lexicon can still be checked.
    func write(to writer: inout ByteWriter) {
        writer.write(id)
        writer.write(aliases)
        writer.write(family.rawValue)
        writer.write(kind.rawValue)
        writer.write(title)
        writer.write(seeds)
        writer.write(severity.rawValue)
        writer.write(scope.rawValue)
        writer.write(weight.resume)
        writer.write(weight.coverLetter)
        writer.write(message)
        writer.write(rationale)
        writer.write(suggestion)
        writer.write(rewrite)
        for list in patternLists { writer.write(list.patterns) }
        writer.write(proves)
        writer.write(examples.flag)
        writer.write(examples.pass)
        writer.write(examples.rewrite.count)
        for pair in examples.rewrite {
            writer.write(pair.from)
            writer.write(pair.to)
        }
        writer.write(file)
        writer.write(line)
    }

    /// Reads an entry written by `write(to:)`, in the same field order.
    init(from reader: inout ByteReader) throws {
        func value<T: RawRepresentable>(_: T.Type, _ reader: inout ByteReader) throws -> T where T.RawValue == String {
            guard let value = T(rawValue: try reader.string()) else { throw ByteReader.Damaged() }
            return value
        }
        id = try reader.string()
        aliases = try reader.strings()
        family = try value(EntryFamily.self, &reader)
        kind = try value(EntryKind.self, &reader)
        title = try reader.string()
        seeds = try reader.strings()
        severity = try value(Severity.self, &reader)
        scope = try value(EntryScope.self, &reader)
        weight = EntryWeight(resume: try reader.double(), coverLetter: try reader.double())
        message = try reader.string()
        rationale = try reader.string()
        suggestion = try reader.string()
        rewrite = try reader.optionalString()
        claim = try reader.strings()
        behaviour = try reader.strings()
        patterns = try reader.strings()
        unless = try reader.strings()
        except = try reader.strings()
        hints = try reader.strings()
        proves = try reader.bool()
        examples = Examples(flag: try reader.strings(), pass: try reader.strings(), rewrite: [])
        examples.rewrite = try (0..<reader.count()).map { _ in RewriteExample(from: try reader.string(), to: try reader.string()) }
        file = try reader.string()
        line = try reader.int()
    }
}
