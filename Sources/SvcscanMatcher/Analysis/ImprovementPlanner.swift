import SvcscanCore

/// A line of the writer's work that could show a trait the document lacks.
struct LineHint {
    var location: SourceLocation
    /// The line's sentence, cut short.
    var excerpt: String
}

/// Finds the changes that would raise the score most, by scoring the document as if each
/// change were made: a flagged phrase rewritten, a claimed or shown trait proven, a missing
/// trait shown. Each change names where it belongs: the flagged phrase, the line that claims
/// or shows the trait, or a line of work that could show a missing one.
struct ImprovementPlanner {
    let lexicon: Lexicon
    let scorer: Scorer
    /// The document's trait statuses (enabled entries only), with their entries' positions.
    let traits: [(entry: Int, status: TraitStatus)]
    /// A line that could show each entry, by entry position.
    let hints: [Int: LineHint]
    static let limit = 5

    /// A change worth making, before it is put into words: only the few kept are worded.
    private struct Candidate {
        enum Change {
            case rewrite(finding: Int)
            /// The position in `traits` of the status to raise.
            case strengthen(trait: Int)
        }

        var entry: Int
        /// Tenths of a point.
        var gain: Int
        var location: SourceLocation?
        var change: Change
    }

    func plan(inputs: [ScoreInput], findings: [Finding]) -> [Improvement] {
        // Each change touches one entry, so its gain is that entry's new credit against its old
        // one, through the family caps and the phrasing start that evidence earns: no full
        // re-scoring, and no cost per entry of the lexicon.
        let byEntry = Dictionary(grouping: inputs, by: \.entry)
        let raw = scorer.rawTotals(byEntry)
        let before = scorer.total(raw)
        var candidates: [Candidate] = []
        func consider(_ entry: Int, old: Int, new: Int, location: SourceLocation?, change: Candidate.Change) {
            var changed = raw
            changed[lexicon.entries[entry].family, default: 0] += new - old
            let gain = scorer.total(changed) - before
            if gain > 0 { candidates.append(Candidate(entry: entry, gain: gain, location: location, change: change)) }
        }
        // A phrasing entry's cost depends only on how many times it was flagged, so rewriting any
        // one of its findings gains the same: worked out once per entry, which keeps a document
        // with tens of thousands of flagged lines linear.
        var rewriteCredits: [Int: (old: Int, new: Int)] = [:]
        for (index, input) in inputs.enumerated() where input.grade == nil {
            let credits = rewriteCredits[input.entry] ?? {
                let hits = byEntry[input.entry] ?? []
                return (scorer.credit(of: input.entry, hits), scorer.credit(of: input.entry, Array(hits.dropLast())))
            }()
            rewriteCredits[input.entry] = credits
            consider(input.entry, old: credits.old, new: credits.new, location: findings[index].span.start, change: .rewrite(finding: index))
        }
        for (position, trait) in traits.enumerated() where trait.status.grade != .proven {
            let status = trait.status
            let target: EvidenceGrade = status.grade == .missing ? .shown : .proven
            let hits = byEntry[trait.entry] ?? []
            // Most traits have no finding at all: their new credit is that of one finding alone.
            let new = hits.isEmpty
                ? scorer.credit(of: trait.entry, onlyFinding: target)
                : scorer.credit(of: trait.entry, hits + [ScoreInput(entry: trait.entry, grade: target, location: status.location ?? SourceLocation(line: 1, column: 1))])
            consider(trait.entry, old: scorer.credit(of: trait.entry, hits), new: new, location: status.location ?? hints[trait.entry]?.location,
                     change: .strengthen(trait: position))
        }
        // Biggest gain first; ties keep the document's order, then the lexicon's. Positions are
        // sorted rather than the candidates themselves, which are larger.
        let ranked = candidates.indices.sorted { a, b in
            candidates[a].gain != candidates[b].gain ? candidates[a].gain > candidates[b].gain : a < b
        }.lazy.map { candidates[$0] }
        var seen: Set<String> = []
        var kept: [Improvement] = []
        for candidate in ranked where kept.count < Self.limit {
            let id = lexicon.entries[candidate.entry].id
            guard seen.insert(id + (candidate.location?.description ?? "")).inserted else { continue }
            kept.append(Improvement(entryID: id, message: message(for: candidate, findings: findings),
                                    points: Double(candidate.gain) / 10, location: candidate.location))
        }
        return kept
    }

    private func message(for candidate: Candidate, findings: [Finding]) -> String {
        let entry = lexicon.entries[candidate.entry]
        switch candidate.change {
        case .rewrite(let index):
            let finding = findings[index]
            let how = finding.rewrite.map { "; try: \"\($0.replacement)\"" } ?? (finding.suggestion.isEmpty ? "" : "; \(finding.suggestion)")
            return "Rewrite \"\(finding.excerpt)\"\(how)"
        case .strengthen(let trait):
            let status = traits[trait].status
            let title = entry.title.lowercased()
            switch status.grade {
            case .missing:
                guard let hint = hints[candidate.entry] else { return "Show \(title): \(entry.suggestion)" }
                return "Show \(title): line \(hint.location.line) (\"\(hint.excerpt)\") could show it. \(entry.suggestion)"
            case .claimed:
                return "Back up the claim of \(title)\(quote(status, findings)) with something you did and its result"
            default:
                return "Add the number or outcome behind your \(title)\(quote(status, findings))"
            }
        }
    }

    /// " (line 3: "Patient with people")": the words of the finding a status rests on.
    private func quote(_ status: TraitStatus, _ findings: [Finding]) -> String {
        guard let location = status.location,
              let finding = findings.first(where: { $0.entryID == status.entryID && $0.span.start == location }) else { return "" }
        let words = finding.excerpt.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return " (line \(location.line): \"\(words)\")"
    }
}
