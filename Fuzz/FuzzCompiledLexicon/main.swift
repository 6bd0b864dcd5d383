// libFuzzer target for the compiled-lexicon reader (`svcscan lexicon compile`'s files, loaded
// with `--lexicon FILE`): every table, offset and number it reads is checked before matching
// indexes with it. Built only when SVCSCAN_FUZZ is set; run it with
// `scripts/fuzz FuzzCompiledLexicon SECONDS`.
//
// The first byte picks how the rest is used, so mutations start from a valid file without a
// seed corpus (the compiled form is built, not checked in):
// - even: the rest is a whole compiled file;
// - odd: a small lexicon written below, compiled, is damaged by the rest, read as (offset:
//   3 bytes little-endian, value: 1 byte) patches; with bit 1 set, the first patch's offset
//   instead cuts the file short there. (The built-in lexicon compiles to a file a hundred times
//   larger that loads in a fraction of a second under the sanitizers: a few runs per second.)
// A file that loads is matched against a short résumé, and must compile back to a file that
// loads to the same bytes.
import SvcscanCore
import SvcscanMatcher

private let base: [UInt8] = (try? Lexicon.load(files: [(path: "fuzz.yml", yaml: baseYAML)]).compiled()) ?? []

/// Two entries using a class, inflections, an optional word, a gap, a number and `unless`, so
/// the compiled file has every kind of table entry.
private let baseYAML = """
classes:
  people: ["customer~", "guest~", "end user~"]
entries:
  - id: trait.calm
    family: trait
    kind: evidence
    title: Calm
    seeds: [002_3e47d299f258dafe]
    weight: 4
    message: Calm is named but not shown.
    rationale: Upset people need someone steady.
    suggestion: Describe a time you kept someone calm.
    claim: ["calm", "composed"]
    behaviour: ["(calm~|reassure~) (upset)? ... @people", "cut~ ... by #"]
    examples:
      flag: ["⟦Calm⟧ under pressure."]
      pass: ["Not calm at all."]
  - id: phrasing.duty.in-charge-of
    family: phrasing
    kind: substitution
    title: In charge of
    seeds: [002_3e47d299f258dafe]
    severity: warning
    weight: 2
    message: Say what you did, not what you were given.
    rationale: Readers look for results.
    suggestion: Start with the verb.
    patterns: ["in charge of"]
    unless: ["not in charge of"]
    rewrite: "{verb} {object} for [who], [result]"
    examples:
      flag: ["⟦In charge of⟧ the till."]
      pass: ["Charged the till."]
"""

private let sample = Document(format: .txt, blocks: [
    Block(kind: .heading, level: 1, text: "Experience", at: SourceLocation(line: 1, column: 1)),
    Block(kind: .listItem, level: 1, text: "Calmed upset customers and cut wait times by 30% for 40 guests a day.",
          at: SourceLocation(line: 2, column: 1)),
    Block(kind: .paragraph, level: 0, text: "Responsible for listening to feedback; helped with the team's weekly report.",
          at: SourceLocation(line: 3, column: 1)),
])

/// Compiles the base lexicon before the first input, so that one-off cost is not charged to it.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>) -> CInt {
    precondition(!base.isEmpty, "the base lexicon does not compile")
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let input = UnsafeBufferPointer(start: data, count: size)
    let file = input[0] & 1 == 0 ? Array(input.dropFirst()) : damaged(by: input.dropFirst(), truncating: input[0] & 2 != 0)
    guard let lexicon = file.withUnsafeBytes({ try? Lexicon.load(compiled: $0, name: "fuzz.lexicon") }) else { return 0 }
    _ = Analyzer(lexicon: lexicon).analyze(sample)
    let again = lexicon.compiled()
    guard let reloaded = again.withUnsafeBytes({ try? Lexicon.load(compiled: $0, name: "again.lexicon") }) else {
        preconditionFailure("a lexicon that loaded does not load after compiling it again")
    }
    precondition(reloaded.compiled() == again, "compiling a loaded lexicon twice gives different bytes")
    return 0
}

/// The base lexicon's compiled bytes with `patches` applied (and cut short when `truncating`).
private func damaged(by patches: Slice<UnsafeBufferPointer<UInt8>>, truncating: Bool) -> [UInt8] {
    var bytes = base
    var rest = patches[...]
    while rest.count >= 4, !bytes.isEmpty {
        let quad = Array(rest.prefix(4))
        rest = rest.dropFirst(4)
        let offset = (Int(quad[0]) | Int(quad[1]) << 8 | Int(quad[2]) << 16) % bytes.count
        if truncating && bytes.count == base.count {
            bytes.removeSubrange(offset...)
        } else {
            bytes[offset] = quad[3]
        }
    }
    return bytes
}
