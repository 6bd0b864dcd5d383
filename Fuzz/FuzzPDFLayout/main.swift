// libFuzzer target for the in-process half of PDF reading: the layout XHTML that pdftotext
// writes (read with libxml2 SAX2 by PDFLayoutReader), reading order (columns, rows, repeated
// headers, hyphenation, headings) and the plain-text rules after it, then the matcher. pdftotext
// itself runs in a child process and is not fuzzed here. Built only when SVCSCAN_FUZZ is set; run
// it with `scripts/fuzz FuzzPDFLayout SECONDS`.
//
// The first byte picks a mode:
// - even: the rest is pdftotext's output as it could arrive (any bytes);
// - odd: the rest is text, one word per space-separated token and one PDF line per line; each
//   line's first two bytes place it (x, y) and the third sets its size, so columns, rows and
//   headings are reached without writing XML by hand.
import SvcscanCore
import SvcscanMatcher
import SvcscanParsers

private let analyzer: Analyzer? = try? Analyzer(lexicon: Lexicon.embedded())
private let parser = PDFParser(maxTextBytes: 1 << 20)

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>) -> CInt {
    _ = analyzer
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let input = UnsafeBufferPointer(start: data, count: size)
    let layout = input[0] & 1 == 0 ? Array(input.dropFirst()) : xhtml(lines: input.dropFirst())
    guard let document = try? parser.document(fromLayout: layout) else { return 0 }
    for block in document.blocks {
        precondition(block.anchors.first?.offset == 0, "first anchor not at offset 0")
        for anchor in block.anchors {
            precondition(anchor.location.line >= 1 && anchor.location.column >= 1, "position not 1-based: \(anchor.location)")
            precondition(anchor.location.page.map { $0 >= 1 } == true, "PDF location without a page: \(anchor.location)")
        }
    }
    let view = document.textView()
    precondition(document.pageStarts.allSatisfy { $0 >= 1 } && document.pageStarts == document.pageStarts.sorted(), "page starts out of order")
    _ = view
    if size < 4 << 10, let analyzer { _ = analyzer.analyze(document) }
    return 0
}

/// Layout XHTML for the lines in `bytes` (see the mode comment above); a line of `\u{0C}` starts a page.
private func xhtml(lines bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
    var out = Array("<doc><page width=\"612\" height=\"792\"><flow><block>".utf8)
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
        if line.first == 0x0C {
            out += Array("</block></flow></page><page width=\"612\" height=\"792\"><flow><block>".utf8)
            continue
        }
        let header = Array(line.prefix(3)) + [0, 0, 0]
        var x = Double(header[0]) * 2.4, y = Double(header[1]) * 3.1
        let height = 6 + Double(header[2] % 24)
        out += Array("<line>".utf8)
        for word in line.dropFirst(3).split(separator: 0x20) {
            let width = Double(word.count) * height * 0.5
            out += Array("<word xMin=\"\(x)\" yMin=\"\(y)\" xMax=\"\(x + width)\" yMax=\"\(y + height)\">".utf8)
            for byte in word {
                switch byte {
                case UInt8(ascii: "<"): out += Array("&lt;".utf8)
                case UInt8(ascii: "&"): out += Array("&amp;".utf8)
                default: out.append(byte)
                }
            }
            out += Array("</word>".utf8)
            x += width + height * 0.3
        }
        out += Array("</line>".utf8)
        y += height
    }
    return out + Array("</block></flow></page></doc>".utf8)
}
