/// What a batch looked like as a whole: the score distribution, the traits most often missing
/// or only claimed, the most common weak phrases, and the files that could not be read.
///
/// Built by adding one file at a time; it keeps only counts, the scores and the failures, so
/// its memory does not grow with the size of the reports.
public struct CohortSummary: Sendable, Equatable {
    /// One file that could not be read.
    public struct Failure: Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    /// Every score, in the order added.
    public private(set) var scores: [Int] = []
    /// Per trait or role entry id, in how many files it was missing / only claimed.
    public private(set) var missing: [String: Int] = [:]
    public private(set) var onlyClaimed: [String: Int] = [:]
    /// Per phrasing entry id, in how many files it was flagged.
    public private(set) var weakPhrases: [String: Int] = [:]
    public private(set) var failures: [Failure] = []

    public init() {}

    public mutating func add(_ result: FileResult) {
        switch result.outcome {
        case .failure(let reason):
            failures.append(Failure(path: result.path, reason: reason))
        case .report(let report):
            add(report)
        }
    }

    public mutating func add(_ report: Report) {
        scores.append(report.score.total)
        for trait in report.traits {
            if trait.grade == .missing { missing[trait.entryID, default: 0] += 1 }
            if trait.grade == .claimed { onlyClaimed[trait.entryID, default: 0] += 1 }
        }
        for id in Set(report.findings.filter { $0.family == .phrasing }.map(\.entryID)) {
            weakPhrases[id, default: 0] += 1
        }
    }

    /// Adds counts read back from a saved report (used when merging shards).
    public mutating func add(score: Int, grades: [String: EvidenceGrade], phrasing: Set<String>) {
        scores.append(score)
        for (id, grade) in grades {
            if grade == .missing { missing[id, default: 0] += 1 }
            if grade == .claimed { onlyClaimed[id, default: 0] += 1 }
        }
        for id in phrasing { weakPhrases[id, default: 0] += 1 }
    }

    public mutating func addFailure(path: String, reason: String) {
        failures.append(Failure(path: path, reason: reason))
    }

    /// The score at `fraction` (0…1) of the sorted scores, by the nearest-rank method.
    public func percentile(_ fraction: Double) -> Int? {
        guard !scores.isEmpty else { return nil }
        let sorted = scores.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// Files per score band of ten (0–9, 10–19, … 90–100).
    public var histogram: [Int] {
        var bands = Array(repeating: 0, count: 10)
        for score in scores { bands[min(score / 10, 9)] += 1 }
        return bands
    }

    /// The `limit` largest counts, ties broken by id, as (id, count).
    public static func top(_ counts: [String: Int], _ limit: Int = 5) -> [(id: String, count: Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map { ($0.key, $0.value) }
    }
}
