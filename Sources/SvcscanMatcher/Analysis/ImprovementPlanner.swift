import SvcscanCore

/// Finds the changes that would raise the score most, by scoring the document as if each
/// change were made: a flagged phrase rewritten, a claimed or shown trait proven, a missing
/// trait shown.
struct ImprovementPlanner {
    let lexicon: Lexicon
    let scorer: Scorer
    /// The document's trait statuses (enabled entries only).
    let traits: [TraitStatus]
    static let limit = 5

    func plan(inputs: [ScoreInput], findings: [Finding]) -> [Improvement] {
        // Each change touches one entry, so its gain is that entry's new credit against its old
        // one within its family's cap: no full re-scoring, and no cost per entry of the lexicon.
        let byEntry = Dictionary(grouping: inputs, by: \.entry)
        let raw = scorer.rawTotals(byEntry)
        var candidates: [Improvement] = []
        func consider(_ entry: Int, changedHits: [ScoreInput], message: String, location: SourceLocation?) {
            let family = lexicon.entries[entry].family
            let maximum = Scorer.maximum(family, for: scorer.kind)
            let old = scorer.credit(of: entry, byEntry[entry] ?? [])
            let before = raw[family] ?? 0
            let gain = scorer.capped(before - old + scorer.credit(of: entry, changedHits), maximum: maximum) - scorer.capped(before, maximum: maximum)
            if gain > 0 {
                candidates.append(Improvement(entryID: lexicon.entries[entry].id, message: message, points: Double(gain) / 10, location: location))
            }
        }
        for (index, input) in inputs.enumerated() where input.grade == nil {
            let finding = findings[index]
            let how = finding.rewrite.map { "; try: \"\($0.replacement)\"" } ?? (finding.suggestion.isEmpty ? "" : "; \(finding.suggestion)")
            var remaining = byEntry[input.entry] ?? []
            if let position = remaining.firstIndex(of: input) { remaining.remove(at: position) }
            consider(input.entry, changedHits: remaining, message: "Rewrite \"\(finding.excerpt)\"\(how)", location: finding.span.start)
        }
        for status in traits where status.grade != .proven {
            guard let entryIndex = lexicon.index(of: status.entryID) else { continue }
            let entry = lexicon.entries[entryIndex]
            let target: EvidenceGrade = status.grade == .missing ? .shown : .proven
            let location = status.location ?? SourceLocation(line: 1, column: 1)
            let message: String
            switch status.grade {
            case .missing: message = "Show \(entry.title.lowercased()): \(entry.suggestion)"
            case .claimed: message = "Back up the claim of \(entry.title.lowercased()) with something you did and its result"
            default: message = "Add the number or outcome behind your \(entry.title.lowercased())"
            }
            consider(entryIndex, changedHits: (byEntry[entryIndex] ?? []) + [ScoreInput(entry: entryIndex, grade: target, location: location)],
                     message: message, location: status.location)
        }
        // Biggest gain first; ties keep the document's order, then the lexicon's.
        let ranked = candidates.enumerated().sorted { a, b in
            a.element.points != b.element.points ? a.element.points > b.element.points : a.offset < b.offset
        }.map(\.element)
        var seen: Set<String> = []
        return Array(ranked.filter { seen.insert($0.entryID + ($0.location?.description ?? "")).inserted }.prefix(Self.limit))
    }
}
