// libFuzzer target for the lexicon loader: YAML (Yams), the field reader, the validator and the
// pattern compiler; when a fuzzed lexicon loads, its examples are run through the matcher too.
// Built only when SVCSCAN_FUZZ is set; run it with `scripts/fuzz FuzzLexicon SECONDS`.
//
// The input is up to four YAML files separated by NUL bytes, so a seed can pair classes.yml with
// an entries file.
import SvcscanMatcher

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let files = input.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).enumerated().map { index, bytes in
        (path: "fuzz\(index).yml", yaml: String(decoding: bytes, as: UTF8.self))
    }
    guard let lexicon = try? Lexicon.load(files: files) else { return 0 }
    _ = LexiconVerifier(lexicon: lexicon).problems()
    return 0
}
