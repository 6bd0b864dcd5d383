import SvcscanCore

/// Turns graded findings into a 0–100 score whose every point is a step in the trace.
///
/// Traits and role earn points: each entry's best evidence earns its weight × 0.25 (claimed),
/// 0.75 (shown) or 1.0 (proven), and up to two further shown or proven mentions earn 0.1 ×
/// weight each, so repeating a trait fifty times earns no more than its best evidence plus a
/// little. Each family is capped. Phrasing starts at its cap and loses each flagged phrase's
/// weight (half for repeats of the same entry, at most twice the weight per entry), down to 0.
/// Arithmetic is in tenths of a point, so the same findings always give the same score.
struct Scorer {
    let lexicon: Lexicon
    let kind: DocumentKind

    /// Family caps for résumés and cover letters; a cover letter leans on role in the business.
    static func maximum(_ family: EntryFamily, for kind: DocumentKind) -> Int {
        switch (family, kind) {
        case (.trait, .resume): return 500
        case (.role, .resume): return 300
        case (.trait, .coverLetter): return 400
        case (.role, .coverLetter): return 400
        case (.phrasing, _): return 200
        }
    }

    static func factor(_ grade: EvidenceGrade) -> Int {
        switch grade {
        case .missing: return 0
        case .claimed: return 25
        case .shown: return 75
        case .proven: return 100
        }
    }

    func score(_ inputs: [ScoreInput]) -> Score {
        var steps: [(family: EntryFamily, step: Score.Step, tenths: Int)] = []
        func add(_ family: EntryFamily, _ entryID: String, _ tenths: Int, _ reason: String, _ location: SourceLocation?) {
            steps.append((family, Score.Step(family: family, entryID: entryID, points: Double(tenths) / 10, reason: reason, location: location), tenths))
        }
        let byEntry = Dictionary(grouping: inputs, by: \.entry)
        for (index, entry) in lexicon.entries.enumerated() {
            guard let hits = byEntry[index] else { continue }
            let weight = entry.weight.value(for: kind)
            let weightTenths = Int((weight * 10).rounded())
            if entry.kind == .evidence {
                // Strongest evidence first; among equals, the earliest.
                let ordered = hits.sorted { a, b in
                    a.grade != b.grade ? (a.grade ?? .missing) > (b.grade ?? .missing) : a.location < b.location
                }
                let best = ordered[0]
                let grade = best.grade ?? .missing
                add(entry.family, entry.id, weightTenths * Self.factor(grade) / 100,
                    "\(grade.rawValue) at \(best.location) (weight \(format(weight)) × \(format(Double(Self.factor(grade)) / 100)))", best.location)
                for extra in ordered.dropFirst().filter({ ($0.grade ?? .missing) >= .shown }).prefix(2) {
                    add(entry.family, entry.id, weightTenths / 10, "also \((extra.grade ?? .missing).rawValue) at \(extra.location) (weight \(format(weight)) × 0.1, at most 2 more)", extra.location)
                }
            } else {
                var lost = 0
                for (number, hit) in hits.sorted(by: { $0.location < $1.location }).enumerated() {
                    let cost = min(number == 0 ? weightTenths : weightTenths / 2, 2 * weightTenths - lost)
                    guard cost > 0 else { break }
                    lost += cost
                    add(.phrasing, entry.id, -cost, number == 0 ? "flagged at \(hit.location) (weight \(format(weight)))" : "again at \(hit.location) (half weight; at most 2 × weight per entry)", hit.location)
                }
            }
        }
        var parts: [Score.Part] = []
        var trace: [Score.Step] = []
        var totalTenths = 0
        for family in EntryFamily.allCases {
            let maximum = Self.maximum(family, for: kind)
            var familySteps = steps.filter { $0.family == family }
            if family == .phrasing {
                familySteps.insert((family, Score.Step(family: family, entryID: "phrasing", points: Double(maximum) / 10, reason: "phrasing starts at its maximum", location: nil), maximum), at: 0)
            }
            var sum = familySteps.reduce(0) { $0 + $1.tenths }
            if sum > maximum {
                familySteps.append((family, Score.Step(family: family, entryID: family.rawValue, points: Double(maximum - sum) / 10, reason: "\(family.rawValue) capped at \(maximum / 10)", location: nil), maximum - sum))
                sum = maximum
            } else if sum < 0 {
                familySteps.append((family, Score.Step(family: family, entryID: family.rawValue, points: Double(-sum) / 10, reason: "\(family.rawValue) cannot go below 0", location: nil), -sum))
                sum = 0
            }
            trace += familySteps.map(\.step)
            parts.append(Score.Part(family: family, points: Double(sum) / 10, maximum: Double(maximum) / 10))
            totalTenths += sum
        }
        return Score(total: (totalTenths + 5) / 10, parts: parts, trace: trace)
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
