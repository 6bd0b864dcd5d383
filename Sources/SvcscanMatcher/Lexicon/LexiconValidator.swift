import SvcscanCore

/// Checks the rules the YAML shape alone cannot: unique ids and aliases, weights in range, the
/// fields each kind needs, and at least one example of each required group. Compiled lexicons
/// are checked again when loaded.
enum LexiconValidator {
    static func problems(in entries: [LexiconEntry]) -> [LexiconError] {
        var errors: [LexiconError] = []
        var seen: [String: String] = [:]
        for entry in entries {
            func problem(_ reason: String) {
                errors.append(LexiconError(file: entry.file, line: entry.line, entryID: entry.id, reason: reason))
            }
            for id in [entry.id] + entry.aliases {
                if let other = seen[id] { problem("id '\(id)' is already used by \(other)") }
                seen[id] = "\(entry.file):\(entry.line)"
            }
            if entry.seeds.isEmpty { problem("'seeds' must name at least one seed text") }
            if ![entry.weight.resume, entry.weight.coverLetter].allSatisfy((0...100).contains) {
                problem("'weight' must be between 0 and 100 points")
            }
            if entry.examples.flag.isEmpty { problem("needs at least one 'flag' example") }
            if entry.examples.pass.isEmpty { problem("needs at least one 'pass' example") }
            switch entry.kind {
            case .evidence:
                if entry.claim.isEmpty && entry.behaviour.isEmpty { problem("evidence needs 'claim' or 'behaviour' patterns") }
                if !entry.patterns.isEmpty || !entry.unless.isEmpty { problem("evidence uses 'claim' and 'behaviour', not 'patterns' or 'unless'") }
                if entry.family == .phrasing { problem("evidence entries belong to the trait or role family") }
            case .existence, .substitution:
                if entry.patterns.isEmpty { problem("\(entry.kind.rawValue) needs 'patterns'") }
                if entry.family != .phrasing { problem("\(entry.kind.rawValue) entries belong to the phrasing family") }
                if entry.kind == .substitution && entry.rewrite == nil { problem("substitution needs a 'rewrite' template") }
            case .metric:
                if entry.scope != .bullet { problem("metric entries need scope: bullet") }
                if entry.family != .phrasing { problem("metric entries belong to the phrasing family") }
            }
            if !entry.hints.isEmpty && entry.kind != .evidence { problem("only evidence entries have 'hints' (lines that could show a missing trait)") }
            if !entry.except.isEmpty && entry.kind == .metric { problem("metric entries say what is acceptable with 'unless', not 'except'") }
            if entry.proves && entry.kind != .evidence { problem("'proves' applies to evidence entries only") }
            if let template = entry.rewrite, let bad = RewriteTemplate.unknownPlaceholder(in: template) {
                problem("rewrite uses unknown placeholder {\(bad)}")
            }
        }
        return errors
    }
}
