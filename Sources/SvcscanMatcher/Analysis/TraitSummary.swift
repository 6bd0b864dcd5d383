import SvcscanCore

/// Each trait and role entry's best grade in a document, in lexicon order.
enum TraitSummary {
    /// Statuses for the evidence entries `including` accepts (disabled entries are left out).
    static func statuses(lexicon: Lexicon, inputs: [ScoreInput], including: (LexiconEntry) -> Bool = { _ in true }) -> [TraitStatus] {
        var best: [Int: ScoreInput] = [:]
        for input in inputs {
            guard let grade = input.grade else { continue }
            if let current = best[input.entry], let currentGrade = current.grade,
               currentGrade > grade || (currentGrade == grade && current.location <= input.location) {
                continue
            }
            best[input.entry] = input
        }
        return lexicon.evidenceEntries.compactMap { index in
            let entry = lexicon.entries[index]
            guard including(entry) else { return nil }
            let found = best[index]
            return TraitStatus(entryID: entry.id, family: entry.family, title: entry.title, grade: found?.grade ?? .missing, location: found?.location)
        }
    }
}
