// libFuzzer target for text decoding (UTF-8, UTF-16 with a BOM, Windows-1252 fallback), format
// detection, and the plain-text parser. Built only when SVCSCAN_FUZZ is set; run it with
// `scripts/fuzz FuzzTextDecoding SECONDS`.
import SvcscanCore
import SvcscanMatcher
import SvcscanParsers

private let analyzer: Analyzer? = try? Analyzer(lexicon: Lexicon.embedded())

/// Loads the lexicon before the first input, so its one-off cost is not charged to that input
/// (it showed up as a 29 s "slow unit" on a busy machine).
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>) -> CInt {
    _ = analyzer
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let decoded = TextDecoder.decode(bytes)
    // Valid UTF-8 without a BOM must come back byte for byte, with no warning.
    if !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
       let exact = String(validating: bytes, as: UTF8.self) {
        precondition(decoded.text == exact && decoded.warning == nil, "valid UTF-8 was not decoded exactly")
    }
    for name in ["fuzz.txt", "fuzz.md", "fuzz.docx", "~$fuzz.docx"] {
        _ = try? FormatSniffer.format(of: bytes, name: name)
    }
    _ = try? FormatSniffer.format(of: bytes, name: nil)
    guard let document = try? PlainTextParser().parse(bytes) else { return 0 }
    for block in document.blocks {
        let length = block.text.unicodeScalars.count
        for anchor in block.anchors {
            precondition(anchor.offset <= length && anchor.location.line >= 1 && anchor.location.column >= 1, "bad anchor \(anchor)")
        }
    }
    _ = document.textView()
    if size < 16 << 10, let analyzer { _ = analyzer.analyze(document) }
    return 0
}
