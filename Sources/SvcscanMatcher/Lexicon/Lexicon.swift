import Foundation
import SvcscanCore
import SvcscanLexiconData

/// A loaded, validated and compiled lexicon: its entries and one automaton over all their
/// patterns. Immutable; share one instance across threads.
public struct Lexicon: Sendable {
    /// Entries in file order (files sorted by path).
    public let entries: [LexiconEntry]
    let automaton: PhraseAutomaton
    let classes: [String: [String]]
    /// The verb forms rewrites use (`verbs:` in the lexicon; regular forms only without it).
    let verbs: VerbForms
    /// Entries whose match answers a rewrite's slot in its sentence: the served entries name
    /// `who`, and an outcome entry gives the `result`.
    let answeredSlot: [Int: String]
    private let index: [String: Int]
    /// Positions in `entries` of the evidence (trait and role) entries, and of the metric ones:
    /// what each document's summary and bullet checks walk, without touching the rest.
    let evidenceEntries: [Int]
    let metricEntries: [Int]

    /// Every problem found while loading, in file order.
    public struct Problems: Error, Sendable, CustomStringConvertible {
        public var errors: [LexiconError]
        public var description: String { errors.map(\.description).joined(separator: "\n") }
    }

    /// Loads the lexicon built into svcscan: the repository's `Lexicon/` folder, compiled.
    public static func embedded() throws -> Lexicon {
        var count = 0
        let start = svcscan_lexicon_bytes(&count)
        return try load(compiled: UnsafeRawBufferPointer(start: start, count: count), name: "(built-in lexicon)")
    }

    /// Loads a lexicon folder (every `.yml` file under it, hidden files skipped) or a file
    /// written by `svcscan lexicon compile`.
    public static func load(path: String) throws -> Lexicon {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Problems(errors: [LexiconError(file: path, line: 0, reason: "no such lexicon folder or file")])
        }
        if isFolder.boolValue { return try load(files: readFiles(in: path)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problems(errors: [LexiconError(file: path, line: 0, reason: "cannot read")])
        }
        return try data.withUnsafeBytes { try load(compiled: $0, name: URL(fileURLWithPath: path).lastPathComponent) }
    }

    /// The `.yml` files under `directory`, as (path relative to it, text), sorted by path.
    public static func readFiles(in directory: String) throws -> [(path: String, yaml: String)] {
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else {
            throw Problems(errors: [LexiconError(file: directory, line: 0, reason: "cannot list the lexicon folder")])
        }
        var files: [(path: String, yaml: String)] = []
        for case let url as URL in walker where url.pathExtension == "yml" {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw Problems(errors: [LexiconError(file: relative, line: 0, reason: "cannot read")])
            }
            files.append((relative, String(decoding: data, as: UTF8.self)))
        }
        guard !files.isEmpty else {
            throw Problems(errors: [LexiconError(file: directory, line: 0, reason: "no .yml files in the lexicon folder")])
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Parses, validates and compiles lexicon files; throws `Problems` listing every error.
    public static func load(files: [(path: String, yaml: String)]) throws -> Lexicon {
        var loader = LexiconLoader()
        for file in files { loader.add(path: file.path, yaml: file.yaml) }
        var errors = loader.errors
        errors += LexiconValidator.problems(in: loader.entries)
        var automaton = AutomatonBuilder()
        let compiler = PatternCompiler(classes: loader.classes, numbering: automaton.numbering)
        for (number, entry) in loader.entries.enumerated() {
            for (role, patterns) in entry.patternLists {
                for pattern in patterns {
                    do {
                        automaton.insert(try compiler.compile(pattern), label: .init(entry: number, role: role))
                    } catch {
                        errors.append(LexiconError(file: entry.file, line: entry.line, entryID: entry.id, reason: "\(role.rawValue): \(error)"))
                    }
                }
            }
        }
        guard errors.isEmpty else { throw Problems(errors: errors) }
        return Lexicon(entries: loader.entries, automaton: automaton.finish(), classes: loader.classes, verbs: loader.verbs)
    }

    init(entries: [LexiconEntry], automaton: PhraseAutomaton, classes: [String: [String]], verbs: VerbForms) {
        self.entries = entries
        self.automaton = automaton
        self.classes = classes
        self.verbs = verbs
        var slots: [Int: String] = [:]
        for (number, entry) in entries.enumerated() {
            if entry.proves { slots[number] = "result" }
            if entry.id.hasPrefix("role.served") { slots[number] = "who" }
        }
        answeredSlot = slots
        var index: [String: Int] = [:]
        for (number, entry) in entries.enumerated() {
            for id in [entry.id] + entry.aliases { index[id] = number }
        }
        self.index = index
        evidenceEntries = entries.indices.filter { entries[$0].kind == .evidence }
        metricEntries = entries.indices.filter { entries[$0].kind == .metric }
    }

    /// The entry with this id or alias.
    public func entry(id: String) -> LexiconEntry? {
        index[id].map { entries[$0] }
    }

    /// The position in `entries` of the entry with this id or alias.
    func index(of id: String) -> Int? {
        index[id]
    }

    /// A lexicon holding only the entry with this id, for checking its examples in isolation.
    func only(_ id: String) throws -> Lexicon {
        guard let entry = entry(id: id) else { throw Problems(errors: [LexiconError(file: "", line: 0, entryID: id, reason: "no such entry")]) }
        var automaton = AutomatonBuilder()
        let compiler = PatternCompiler(classes: classes, numbering: automaton.numbering)
        for (role, patterns) in entry.patternLists {
            for pattern in patterns {
                automaton.insert(try compiler.compile(pattern), label: .init(entry: 0, role: role))
            }
        }
        return Lexicon(entries: [entry], automaton: automaton.finish(), classes: classes, verbs: verbs)
    }
}
