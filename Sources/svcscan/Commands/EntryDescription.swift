import SvcscanMatcher

/// A lexicon entry as readable text, for `svcscan lexicon list` and `svcscan explain`.
enum EntryDescription {
    static func render(_ entry: LexiconEntry) -> String {
        var out = "\(entry.id) — \(entry.title)\n"
        out += "  family: \(entry.family.rawValue), kind: \(entry.kind.rawValue), severity: \(entry.severity.rawValue), scope: \(entry.scope.rawValue)"
        let weight = entry.weight.resume == entry.weight.coverLetter ? "\(entry.weight.resume)" : "\(entry.weight.resume) (résumé), \(entry.weight.coverLetter) (cover letter)"
        out += ", weight: \(weight)\n"
        out += "  seeds: \(entry.seeds.joined(separator: ", "))\n"
        out += "  why: \(entry.rationale)\n"
        out += "  do: \(entry.suggestion)\n"
        if let rewrite = entry.rewrite { out += "  rewrite: \(rewrite)\n" }
        for example in entry.examples.flag { out += "  flags: \(example)\n" }
        for example in entry.examples.pass { out += "  passes: \(example)\n" }
        for example in entry.examples.rewrite { out += "  rewrites: \(example.from) → \(example.to)\n" }
        return out
    }
}
