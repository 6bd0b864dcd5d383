import SvcscanCore
import Yams

/// Reads typed fields from one entry's YAML mapping, recording a `LexiconError` for each field
/// that is missing or of the wrong type.
struct FieldReader {
    /// The mapping's values by key text; where a key repeats, the first wins, as in
    /// `Node.Mapping`'s own lookup. Looking a key up in the mapping itself compares it with every
    /// key by resolved tag (regular expressions in Yams): most of a large lexicon's load time.
    private let fields: [String: Node]
    let file: String
    let line: Int
    var entryID: String?
    private(set) var errors: [LexiconError] = []

    init(fields: Node.Mapping, file: String, line: Int) {
        var byKey: [String: Node] = [:]
        for (key, value) in fields {
            if let text = key.string, byKey[text] == nil { byKey[text] = value }
        }
        self.fields = byKey
        self.file = file
        self.line = line
    }

    mutating func problem(_ reason: String, at node: Node? = nil) {
        errors.append(LexiconError(file: file, line: node.map(LexiconLoader.line) ?? line, entryID: entryID, reason: reason))
    }

    mutating func string(_ key: String, required: Bool = true) -> String? {
        guard let node = fields[key] else {
            if required { problem("missing field '\(key)'") }
            return nil
        }
        guard let value = node.scalar?.string, !value.isEmpty else {
            problem("'\(key)' must be a non-empty string", at: node)
            return nil
        }
        return value
    }

    mutating func strings(_ key: String) -> [String] {
        guard let node = fields[key] else { return [] }
        guard let list = node.sequence else {
            problem("'\(key)' must be a list", at: node)
            return []
        }
        return list.compactMap { item in
            guard let value = item.scalar?.string else {
                problem("'\(key)' items must be strings", at: item)
                return nil
            }
            return value
        }
    }

    mutating func bool(_ key: String) -> Bool {
        guard let node = fields[key] else { return false }
        guard let value = node.bool else {
            problem("'\(key)' must be true or false", at: node)
            return false
        }
        return value
    }

    mutating func enumeration<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type, default fallback: T? = nil) -> T? where T.RawValue == String {
        guard let raw = string(key, required: fallback == nil) else { return fallback }
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            problem("'\(key)' is \"\(raw)\"; expected one of \(allowed)", at: fields[key])
            return fallback
        }
        return value
    }

    mutating func weight() -> EntryWeight {
        guard let node = fields["weight"] else {
            problem("missing field 'weight'")
            return EntryWeight(resume: 0, coverLetter: 0)
        }
        if let value = node.float, value >= 0 { return EntryWeight(resume: value, coverLetter: value) }
        if let mapping = node.mapping, let resume = mapping["resume"]?.float, let letter = mapping["letter"]?.float, resume >= 0, letter >= 0 {
            return EntryWeight(resume: resume, coverLetter: letter)
        }
        problem("'weight' must be a number or {resume: N, letter: N}", at: node)
        return EntryWeight(resume: 0, coverLetter: 0)
    }

    mutating func examples() -> LexiconEntry.Examples {
        var examples = LexiconEntry.Examples()
        guard let node = fields["examples"] else {
            problem("missing field 'examples'")
            return examples
        }
        guard let mapping = node.mapping else {
            problem("'examples' must be a mapping with flag, pass and rewrite", at: node)
            return examples
        }
        for (key, value) in mapping {
            switch key.string {
            case "flag": examples.flag = value.sequence?.compactMap(\.string) ?? []
            case "pass": examples.pass = value.sequence?.compactMap(\.string) ?? []
            case "rewrite":
                for item in value.sequence ?? [] {
                    guard let from = item["from"]?.string, let to = item["to"]?.string else {
                        problem("each rewrite example needs 'from' and 'to'", at: item)
                        continue
                    }
                    examples.rewrite.append(.init(from: from, to: to))
                }
            default:
                problem("unknown examples group '\(key.string ?? "?")'", at: key)
            }
        }
        return examples
    }
}
