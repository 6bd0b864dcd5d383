// libFuzzer target for the zip-based readers, DOCX and OpenDocument text: zip (libzip,
// ExtractionLimits) and XML (libxml2 SAX2 push parser, WordprocessingReader, StyleSheetReader,
// RelationshipReader, OpenDocumentReader). Built only when SVCSCAN_FUZZ is set; run it with
// `scripts/fuzz FuzzDOCX SECONDS`.
//
// Deflate hides XML from the mutator, so the first byte picks a mode:
// - even: the rest is the archive's bytes, as read from disk (zip structure, limits, libzip);
// - odd, bit 1 clear: the rest is up to four parts separated by NUL bytes (which XML never
//   contains) — word/document.xml, word/styles.xml, word/_rels/document.xml.rels, _rels/.rels —
//   wrapped in a stored zip built here, so mutations reach the XML readers directly. Missing parts
//   get defaults;
// - odd, bit 1 set: the same for OpenDocument text, with content.xml and styles.xml.
import SvcscanCore
import SvcscanMatcher
import SvcscanParsers

private let packageRelationships = """
<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
"""

private let documentRelationships = """
<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="document.xml"/></Relationships>
"""

/// Small limits keep each run fast; the limit checks themselves are what is being fuzzed.
private let loader = DocumentLoader(limits: ExtractionLimits(maxEntries: 200, maxEntryBytes: 4 << 20, maxTotalBytes: 8 << 20,
                                                             maxRatio: 200, ratioThresholdBytes: 1 << 20))
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
    guard size > 0 else { return 0 }
    let input = UnsafeBufferPointer(start: data, count: size)
    let archive: [UInt8]
    let parts = input.dropFirst().split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map(Array.init)
    if input[0] & 1 == 0 {
        archive = Array(input.dropFirst())
    } else if input[0] & 2 != 0 {
        archive = StoredZip.bytes([
            ("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)),
            ("content.xml", parts[0]),
            ("styles.xml", parts.count > 1 ? parts[1] : []),
        ])
    } else {
        func part(_ index: Int, _ fallback: String) -> [UInt8] { index < parts.count ? parts[index] : Array(fallback.utf8) }
        archive = StoredZip.bytes([
            ("[Content_Types].xml", Array("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
            ("_rels/.rels", part(3, packageRelationships)),
            ("word/document.xml", part(0, "")),
            ("word/styles.xml", part(1, "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")),
            ("word/_rels/document.xml.rels", part(2, documentRelationships)),
        ])
    }
    // Format detection runs on raw archives; the wrapped parts are read as what they were built as.
    let format: DocumentFormat? = input[0] & 1 == 0 ? nil : input[0] & 2 != 0 ? .odt : .docx
    if let document = try? loader.load(archive, name: "fuzz.docx", format: format) {
        check(document)
        _ = document.textView()
        if size < 4 << 10, let analyzer { _ = analyzer.analyze(document) }
    }
    return 0
}

/// Invariants every parsed DOCX or ODT keeps: one block per line, numbered from 1.
private func check(_ document: Document) {
    // Raw inputs are sniffed, so a text file renamed .docx is read as text with its own lines.
    guard document.format == .docx || document.format == .odt else { return }
    for (index, block) in document.blocks.enumerated() {
        precondition(block.line == index + 1, "\(document.format) block \(index) is on line \(block.line)")
    }
}

/// A minimal zip writer (stored entries only, with CRC-32), so this target needs no test support.
enum StoredZip {
    private static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    static func bytes(_ entries: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = [], central: [UInt8] = []
        func le16(_ value: Int, _ buffer: inout [UInt8]) { buffer += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        func le32(_ value: UInt32, _ buffer: inout [UInt8]) { for shift in stride(from: 0, to: 32, by: 8) { buffer.append(UInt8((value >> UInt32(shift)) & 0xFF)) } }
        for entry in entries {
            let name = Array(entry.name.utf8), crc = crc32(entry.bytes), offset = UInt32(out.count), size = UInt32(entry.bytes.count)
            le32(0x0403_4B50, &out); le16(20, &out); le16(0, &out); le16(0, &out); le16(0, &out); le16(0, &out)
            le32(crc, &out); le32(size, &out); le32(size, &out); le16(name.count, &out); le16(0, &out)
            out += name; out += entry.bytes
            le32(0x0201_4B50, &central); le16(20, &central); le16(20, &central); le16(0, &central); le16(0, &central)
            le16(0, &central); le16(0, &central); le32(crc, &central); le32(size, &central); le32(size, &central)
            le16(name.count, &central); le16(0, &central); le16(0, &central); le16(0, &central); le16(0, &central)
            le32(0, &central); le32(offset, &central); central += name
        }
        let centralOffset = UInt32(out.count)
        out += central
        le32(0x0605_4B50, &out); le16(0, &out); le16(0, &out); le16(entries.count, &out); le16(entries.count, &out)
        le32(UInt32(central.count), &out); le32(centralOffset, &out); le16(0, &out)
        return out
    }
}
