import SvcscanCore
import SvcscanMatcher

/// A trait or role entry that must reach at least a grade: `--require trait.listening=proven`.
struct Requirement: Equatable, Sendable {
    var entryID: String
    var grade: EvidenceGrade

    /// Parses `ID[=claimed|shown|proven]` (grade defaults to shown). The id may omit its family
    /// (`listening` for `trait.listening`); it is resolved against `lexicon`.
    static func parse(_ text: String, lexicon: Lexicon) throws -> Requirement {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard let name = parts.first, !name.isEmpty else { throw ConfigurationError(message: "empty requirement") }
        var grade = EvidenceGrade.shown
        if parts.count == 2 {
            guard let parsed = EvidenceGrade(rawValue: parts[1]), parsed != .missing else {
                throw ConfigurationError(message: "'\(parts[1])' is not a grade in '\(text)'; use claimed, shown or proven")
            }
            grade = parsed
        }
        let candidates = [name, "trait.\(name)", "role.\(name)"]
        guard let entry = candidates.lazy.compactMap({ lexicon.entry(id: $0) }).first, entry.kind == .evidence else {
            throw ConfigurationError(message: "'\(name)' is not a trait or role entry (see svcscan lexicon list)")
        }
        return Requirement(entryID: entry.id, grade: grade)
    }
}

/// A configuration or threshold problem, already worded for the user.
struct ConfigurationError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
