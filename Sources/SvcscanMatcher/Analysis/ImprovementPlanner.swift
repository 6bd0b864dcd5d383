import SvcscanCore

/// Finds the changes that would raise the score most, by re-scoring the document as if each
/// change were made: a flagged phrase rewritten, a claimed or shown trait proven, a missing
/// trait shown.
struct ImprovementPlanner {
    let lexicon: Lexicon
    let scorer: Scorer
    /// The document's trait statuses (enabled entries only).
    let traits: [TraitStatus]
    static let limit = 5

    func plan(inputs: [ScoreInput], findings: [Finding]) -> [Improvement] {
        let base = scorer.tenths(inputs)
        var candidates: [Improvement] = []
        func consider(_ changed: [ScoreInput], entryID: String, message: String, location: SourceLocation?) {
            let gain = scorer.tenths(changed) - base
            if gain > 0 { candidates.append(Improvement(entryID: entryID, message: message, points: Double(gain) / 10, location: location)) }
        }
        for (index, input) in inputs.enumerated() where input.grade == nil {
            var changed = inputs
            changed.remove(at: index)
            let finding = findings[index]
            let how = finding.rewrite.map { "; try: \"\($0.replacement)\"" } ?? (finding.suggestion.isEmpty ? "" : "; \(finding.suggestion)")
            consider(changed, entryID: finding.entryID, message: "Rewrite \"\(finding.excerpt)\"\(how)", location: finding.span.start)
        }
        for status in traits where status.grade != .proven {
            guard let entryIndex = lexicon.entries.firstIndex(where: { $0.id == status.entryID }) else { continue }
            let entry = lexicon.entries[entryIndex]
            let target: EvidenceGrade = status.grade == .missing ? .shown : .proven
            let location = status.location ?? SourceLocation(line: 1, column: 1)
            let changed = inputs + [ScoreInput(entry: entryIndex, grade: target, location: location)]
            let message: String
            switch status.grade {
            case .missing: message = "Show \(entry.title.lowercased()): \(entry.suggestion)"
            case .claimed: message = "Back up the claim of \(entry.title.lowercased()) with something you did and its result"
            default: message = "Add the number or outcome behind your \(entry.title.lowercased())"
            }
            consider(changed, entryID: entry.id, message: message, location: status.location)
        }
        // Biggest gain first; ties keep the document's order, then the lexicon's.
        let ranked = candidates.enumerated().sorted { a, b in
            a.element.points != b.element.points ? a.element.points > b.element.points : a.offset < b.offset
        }.map(\.element)
        var seen: Set<String> = []
        return Array(ranked.filter { seen.insert($0.entryID + ($0.location?.description ?? "")).inserted }.prefix(Self.limit))
    }
}
