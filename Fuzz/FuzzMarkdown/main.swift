// libFuzzer target for the Markdown parser (and the matcher over whatever text it yields). Built
// only when SVCSCAN_FUZZ is set; run it with `scripts/fuzz FuzzMarkdown SECONDS`.
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
    guard let document = try? MarkdownParser().parse(bytes) else { return 0 }
    checkAnchors(document)
    _ = document.textView()
    _ = document.debugDump()
    if let analyzer { _ = analyzer.analyze(document) }
    return 0
}

/// Invariants of every block: anchors sorted by offset, inside the text, at 1-based positions.
func checkAnchors(_ document: Document) {
    for block in document.blocks {
        let length = block.text.unicodeScalars.count
        precondition(block.anchors.first?.offset == 0, "first anchor not at offset 0")
        for (anchor, next) in zip(block.anchors, block.anchors.dropFirst()) {
            precondition(anchor.offset <= next.offset, "anchors out of order: \(block.anchors)")
        }
        for anchor in block.anchors {
            precondition(anchor.offset <= length, "anchor offset \(anchor.offset) past the text (\(length) scalars)")
            precondition(anchor.location.line >= 1 && anchor.location.column >= 1, "position not 1-based: \(anchor.location)")
        }
    }
}
