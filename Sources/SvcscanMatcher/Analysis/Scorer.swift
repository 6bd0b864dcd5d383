import SvcscanCore

/// Turns graded findings into a 0–100 score whose every point is a step in the trace.
///
/// Traits and role earn points: each entry's best evidence earns its weight × 0.25 (claimed),
/// 0.75 (shown) or 1.0 (proven), and up to two further shown or proven mentions earn 0.1 ×
/// weight each, so repeating a trait fifty times earns no more than its best evidence plus a
/// little. Each family is capped. Phrasing is earned with the evidence: it starts at its cap times
/// the share of `phrasingFullAt` that traits and role reached (so a document that shows nothing
/// scores near 0), then loses each flagged phrase's weight (half for repeats of the same entry, at
/// most twice the weight per entry), down to 0. Arithmetic is in tenths of a point, so the same
/// findings always give the same score.
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

    /// Trait and role points, in tenths, at which phrasing starts at its full maximum.
    static let phrasingFullAt = 400

    /// Where phrasing starts, in tenths, for trait and role points (after their caps) in tenths.
    func phrasingStart(evidence: Int) -> Int {
        Self.maximum(.phrasing, for: kind) * min(max(evidence, 0), Self.phrasingFullAt) / Self.phrasingFullAt
    }

    static func factor(_ grade: EvidenceGrade) -> Int {
        switch grade {
        case .missing: return 0
        case .claimed: return 25
        case .shown: return 75
        case .proven: return 100
        }
    }

    /// Why a step adds or removes points; turned into words only for the trace.
    private enum Reason {
        case best(EvidenceGrade, weight: Double)
        case extra(EvidenceGrade, weight: Double)
        case flagged(weight: Double)
        case repeated
        case start(evidence: Int)
        case cap(Int)
        case floor
    }

    private struct RawStep {
        var family: EntryFamily
        var entry: Int?
        var tenths: Int
        var reason: Reason
        var location: SourceLocation?
    }

    /// The score with its full trace.
    func score(_ inputs: [ScoreInput]) -> Score {
        let (steps, parts) = compute(inputs)
        let trace = steps.map { step in
            Score.Step(family: step.family, entryID: step.entry.map { lexicon.entries[$0].id } ?? step.family.rawValue,
                       points: Double(step.tenths) / 10, reason: describe(step), location: step.location)
        }
        let scoreParts = EntryFamily.allCases.map { family in
            Score.Part(family: family, points: Double(parts[family] ?? 0) / 10, maximum: Double(Self.maximum(family, for: kind)) / 10)
        }
        return Score(total: (parts.values.reduce(0, +) + 5) / 10, parts: scoreParts, trace: trace)
    }

    private func compute(_ inputs: [ScoreInput]) -> (steps: [RawStep], parts: [EntryFamily: Int]) {
        let byEntry = Dictionary(grouping: inputs, by: \.entry)
        let steps = byEntry.keys.sorted().flatMap { entrySteps($0, byEntry[$0]!) }
        var ordered: [RawStep] = []
        var parts: [EntryFamily: Int] = [:]
        for family in EntryFamily.allCases {
            let maximum = Self.maximum(family, for: kind)
            var familySteps = steps.filter { $0.family == family }
            if family == .phrasing {
                let evidence = (parts[.trait] ?? 0) + (parts[.role] ?? 0)
                familySteps.insert(RawStep(family: family, entry: nil, tenths: phrasingStart(evidence: evidence),
                                           reason: .start(evidence: evidence), location: nil), at: 0)
            }
            let raw = familySteps.reduce(0) { $0 + $1.tenths }
            let sum = capped(raw, maximum: maximum)
            if sum < raw {
                familySteps.append(RawStep(family: family, entry: nil, tenths: sum - raw, reason: .cap(maximum), location: nil))
            } else if sum > raw {
                familySteps.append(RawStep(family: family, entry: nil, tenths: sum - raw, reason: .floor, location: nil))
            }
            ordered += familySteps
            parts[family] = sum
        }
        return (ordered, parts)
    }

    /// One entry's steps: its best evidence and up to two more mentions, or its deductions.
    private func entrySteps(_ index: Int, _ hits: [ScoreInput]) -> [RawStep] {
        // Fields are read through the array, not from a copy of the (large) entry.
        let weight = lexicon.entries[index].weight.value(for: kind)
        let family = lexicon.entries[index].family
        let weightTenths = Self.tenths(weight)
        var steps: [RawStep] = []
        if lexicon.entries[index].kind == .evidence {
            // Strongest evidence first; among equals, the earliest.
            let ordered = hits.sorted { a, b in
                a.grade != b.grade ? (a.grade ?? .missing) > (b.grade ?? .missing) : a.location < b.location
            }
            let best = ordered[0]
            let grade = best.grade ?? .missing
            steps.append(RawStep(family: family, entry: index, tenths: Self.bestTenths(weightTenths, grade),
                                 reason: .best(grade, weight: weight), location: best.location))
            for extra in ordered.dropFirst().filter({ ($0.grade ?? .missing) >= .shown }).prefix(2) {
                steps.append(RawStep(family: family, entry: index, tenths: weightTenths / 10,
                                     reason: .extra(extra.grade ?? .missing, weight: weight), location: extra.location))
            }
        } else {
            var lost = 0
            for (number, hit) in hits.sorted(by: { $0.location < $1.location }).enumerated() {
                let cost = min(number == 0 ? weightTenths : weightTenths / 2, 2 * weightTenths - lost)
                guard cost > 0 else { break }
                lost += cost
                steps.append(RawStep(family: .phrasing, entry: index, tenths: -cost,
                                     reason: number == 0 ? .flagged(weight: weight) : .repeated, location: hit.location))
            }
        }
        return steps
    }

    /// What one entry contributes, in tenths (negative for phrasing), given its findings.
    func credit(of entry: Int, _ hits: [ScoreInput]) -> Int {
        hits.isEmpty ? 0 : entrySteps(entry, hits).reduce(0) { $0 + $1.tenths }
    }

    /// What an evidence entry contributes with a single finding of `grade`, in tenths: the same
    /// as `credit(of:_:)` with that one finding, without building it.
    func credit(of entry: Int, onlyFinding grade: EvidenceGrade) -> Int {
        Self.bestTenths(Self.tenths(lexicon.entries[entry].weight.value(for: kind)), grade)
    }

    /// A weight in whole tenths of a point.
    private static func tenths(_ weight: Double) -> Int {
        Int((weight * 10).rounded())
    }

    /// An entry's best evidence, in tenths of a point, for its weight in tenths.
    private static func bestTenths(_ weightTenths: Int, _ grade: EvidenceGrade) -> Int {
        weightTenths * factor(grade) / 100
    }

    /// Each family's total before its cap and floor, in tenths; phrasing's is its deductions alone
    /// (negative), without its start.
    func rawTotals(_ byEntry: [Int: [ScoreInput]]) -> [EntryFamily: Int] {
        var totals: [EntryFamily: Int] = [:]
        for (entry, hits) in byEntry { totals[lexicon.entries[entry].family, default: 0] += credit(of: entry, hits) }
        return totals
    }

    /// The score in tenths for family totals from `rawTotals`: traits and role capped, phrasing
    /// started from them and floored at 0.
    func total(_ raw: [EntryFamily: Int]) -> Int {
        let evidence = capped(raw[.trait] ?? 0, maximum: Self.maximum(.trait, for: kind))
            + capped(raw[.role] ?? 0, maximum: Self.maximum(.role, for: kind))
        return evidence + capped(phrasingStart(evidence: evidence) + (raw[.phrasing] ?? 0), maximum: Self.maximum(.phrasing, for: kind))
    }

    /// A family total after its cap (and the floor at 0).
    func capped(_ raw: Int, maximum: Int) -> Int { min(max(raw, 0), maximum) }

    private func describe(_ step: RawStep) -> String {
        switch step.reason {
        case .best(let grade, let weight):
            let location = step.location.map { " at \($0)" } ?? ""
            return "\(grade.rawValue)\(location) (weight \(format(weight)) × \(format(Double(Self.factor(grade)) / 100)))"
        case .extra(let grade, let weight):
            let location = step.location.map { " at \($0)" } ?? ""
            return "also \(grade.rawValue)\(location) (weight \(format(weight)) × 0.1, at most 2 more)"
        case .flagged(let weight):
            return "flagged at \(step.location.map(\.description) ?? "?") (weight \(format(weight)))"
        case .repeated:
            return "again at \(step.location.map(\.description) ?? "?") (half weight; at most 2 × weight per entry)"
        case .start(let evidence):
            let full = Self.phrasingFullAt / 10
            return evidence >= Self.phrasingFullAt
                ? "phrasing starts at its maximum: traits and role reached \(full)"
                : "phrasing starts at \(Self.maximum(.phrasing, for: kind) / 10) × \(format(Double(evidence) / 10))/\(full) (earned with trait and role points, in full at \(full))"
        case .cap(let maximum):
            return "\(step.family.rawValue) capped at \(maximum / 10)"
        case .floor:
            return "\(step.family.rawValue) cannot go below 0"
        }
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
