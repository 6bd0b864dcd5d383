import SvcscanCore
import Yams

/// Reads lexicon YAML files into entries and word classes, collecting every problem with its
/// file and line rather than stopping at the first.
struct LexiconLoader {
    private(set) var entries: [LexiconEntry] = []
    private(set) var classes: [String: [String]] = [:]
    private(set) var verbs = VerbForms()
    private(set) var errors: [LexiconError] = []

    private static let entryFields: Set<String> = [
        "id", "aliases", "family", "kind", "title", "seeds", "severity", "scope", "weight", "message", "rationale",
        "suggestion", "rewrite", "claim", "behaviour", "patterns", "unless", "except", "hints", "proves", "examples",
    ]

    /// Parses one file; `path` is relative to the lexicon folder.
    mutating func add(path: String, yaml: String) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            errors.append(LexiconError(file: path, line: Self.line(of: error), reason: "YAML: \(Self.summary(of: error))"))
            return
        } catch {
            errors.append(LexiconError(file: path, line: 0, reason: "YAML: \(error)"))
            return
        }
        guard let root, let mapping = root.mapping else {
            errors.append(LexiconError(file: path, line: 1, reason: "expected a mapping with 'entries', 'classes' or 'verbs'"))
            return
        }
        for (key, value) in mapping {
            switch key.string {
            case "classes": addClasses(value, path: path)
            case "verbs": addVerbs(value, path: path)
            case "entries":
                guard let list = value.sequence else {
                    errors.append(LexiconError(file: path, line: Self.line(value), reason: "'entries' must be a list"))
                    continue
                }
                for item in list { addEntry(item, path: path) }
            default:
                errors.append(LexiconError(file: path, line: Self.line(key), reason: "unknown top-level key '\(key.string ?? "?")'"))
            }
        }
    }

    private mutating func addClasses(_ node: Node, path: String) {
        guard let mapping = node.mapping else {
            errors.append(LexiconError(file: path, line: Self.line(node), reason: "'classes' must map names to lists"))
            return
        }
        for (key, value) in mapping {
            guard let name = key.string, let members = value.sequence?.compactMap(\.string), !members.isEmpty else {
                errors.append(LexiconError(file: path, line: Self.line(key), reason: "class must be a non-empty list of patterns"))
                continue
            }
            if classes[name] != nil {
                errors.append(LexiconError(file: path, line: Self.line(key), reason: "class @\(name) is defined twice"))
            }
            classes[name] = members
        }
    }

    /// Reads `verbs:`: `irregular` and `nominalisations` map a word to its past tense;
    /// `ing-nouns` and `not-verbs` list -ing words, `base-verbs` base forms.
    private mutating func addVerbs(_ node: Node, path: String) {
        guard let mapping = node.mapping else {
            errors.append(LexiconError(file: path, line: Self.line(node), reason: "'verbs' must be a mapping of tables"))
            return
        }
        for (key, value) in mapping {
            let table = key.string ?? ""
            switch table {
            case "irregular", "nominalisations":
                guard let pairs = value.mapping else {
                    errors.append(LexiconError(file: path, line: Self.line(key), reason: "verbs.\(table) must map a word to its past tense"))
                    continue
                }
                for (word, past) in pairs {
                    guard let word = word.string, let past = past.string, Self.isLowerWord(word), Self.isLowerWord(past) else {
                        errors.append(LexiconError(file: path, line: Self.line(word), reason: "verbs.\(table): each word and past tense must be one lower-case word"))
                        continue
                    }
                    if table == "irregular" { verbs.irregularPast[word] = past } else { verbs.nominalisations[word] = past }
                }
            case "base-verbs":
                guard let words = value.sequence?.compactMap(\.string), words.allSatisfy(Self.isLowerWord) else {
                    errors.append(LexiconError(file: path, line: Self.line(key), reason: "verbs.base-verbs must list lower-case words"))
                    continue
                }
                verbs.baseVerbs.formUnion(words)
            case "ing-nouns", "not-verbs":
                guard let words = value.sequence?.compactMap(\.string), words.allSatisfy({ Self.isLowerWord($0) && $0.hasSuffix("ing") }) else {
                    errors.append(LexiconError(file: path, line: Self.line(key), reason: "verbs.\(table) must list lower-case words ending in -ing"))
                    continue
                }
                if table == "ing-nouns" { verbs.ingNouns.formUnion(words) } else { verbs.notVerbs.formUnion(words) }
            default:
                errors.append(LexiconError(file: path, line: Self.line(key), reason: "unknown verbs table '\(table)'"))
            }
        }
    }

    private static func isLowerWord(_ word: String) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }

    private mutating func addEntry(_ node: Node, path: String) {
        let line = Self.line(node)
        guard let fields = node.mapping else {
            errors.append(LexiconError(file: path, line: line, reason: "each entry must be a mapping"))
            return
        }
        var reader = FieldReader(fields: fields, file: path, line: line)
        let id = reader.string("id") ?? ""
        reader.entryID = id.isEmpty ? nil : id
        for (key, _) in fields where !Self.entryFields.contains(key.string ?? "") {
            reader.problem("unknown field '\(key.string ?? "?")'", at: key)
        }
        if !id.isEmpty, !Self.isValidID(id) { reader.problem("id must be dotted kebab-case (like trait.active-listening)") }
        let family = reader.enumeration("family", EntryFamily.self)
        let kind = reader.enumeration("kind", EntryKind.self)
        let severity = reader.enumeration("severity", Severity.self, default: .suggestion)
        let scope = reader.enumeration("scope", EntryScope.self, default: .any)
        let entry = LexiconEntry(
            id: id,
            aliases: reader.strings("aliases"),
            family: family ?? .trait,
            kind: kind ?? .evidence,
            title: reader.string("title") ?? "",
            seeds: reader.strings("seeds"),
            severity: severity ?? .suggestion,
            scope: scope ?? .any,
            weight: reader.weight(),
            message: reader.string("message") ?? "",
            rationale: reader.string("rationale") ?? "",
            suggestion: reader.string("suggestion") ?? "",
            rewrite: reader.string("rewrite", required: false),
            claim: reader.strings("claim"),
            behaviour: reader.strings("behaviour"),
            patterns: reader.strings("patterns"),
            unless: reader.strings("unless"),
            except: reader.strings("except"),
            hints: reader.strings("hints"),
            proves: reader.bool("proves"),
            examples: reader.examples(),
            file: path,
            line: line
        )
        errors += reader.errors
        if reader.errors.isEmpty, family != nil, kind != nil { entries.append(entry) }
    }

    private static func isValidID(_ id: String) -> Bool {
        id.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && !part.hasPrefix("-") && !part.hasSuffix("-") && part.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }
        }
    }

    static func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 0
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? "invalid YAML"
        }
    }
}
