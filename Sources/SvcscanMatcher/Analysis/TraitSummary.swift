import SvcscanCore

/// Each trait and role entry's best grade in a document, in lexicon order.
enum TraitSummary {
    /// Statuses for the evidence entries whose position `including` accepts (disabled entries are
    /// left out), each with its entry's position in the lexicon.
    static func statuses(lexicon: Lexicon, inputs: [ScoreInput], including: (Int) -> Bool = { _ in true }) -> [(entry: Int, status: TraitStatus)] {
        var best: [Int: ScoreInput] = [:]
        for input in inputs {
            guard let grade = input.grade else { continue }
            if let current = best[input.entry], let currentGrade = current.grade,
               currentGrade > grade || (currentGrade == grade && current.location <= input.location) {
                continue
            }
            best[input.entry] = input
        }
        // Fields are read through the array, not from a copy of each (large) entry.
        let entries = lexicon.entries
        return lexicon.evidenceEntries.compactMap { index in
            guard including(index) else { return nil }
            let found = best[index]
            return (index, TraitStatus(entryID: entries[index].id, family: entries[index].family, title: entries[index].title,
                                       grade: found?.grade ?? .missing, location: found?.location))
        }
    }
}
