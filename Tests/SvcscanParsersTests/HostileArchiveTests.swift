import SvcscanCore
@testable import SvcscanParsers
import SvcscanTestSupport
import XCTest

/// Hostile archives and XML (issue 6): every one ends in a `DocumentError`, quickly and in bounded
/// memory, never a trap or a hang. Every fixture is built here; the people in them are invented.
final class HostileArchiveTests: XCTestCase {
    private static let rels = """
    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
    """

    /// A DOCX whose word/document.xml is exactly `documentXML`.
    private func docx(_ documentXML: [UInt8], compression: ZipWriter.Compression = .deflated, extra: [(name: String, bytes: [UInt8])] = []) -> [UInt8] {
        ZipWriter.archive([(name: "_rels/.rels", bytes: Array(Self.rels.utf8)), (name: "word/document.xml", bytes: documentXML)] + extra,
                          compression: compression)
    }

    private func docx(_ documentXML: String) -> [UInt8] {
        docx(Array(documentXML.utf8))
    }

    private func body(_ inner: String, prolog: String = "") -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\(prolog)<w:document \(DOCXFixture.wordNamespaces)><w:body>\(inner)</w:body></w:document>"
    }

    private func assertError(_ bytes: [UInt8], loader: DocumentLoader = DocumentLoader(), name: String = "cv.docx",
                             file: StaticString = #filePath, line: UInt = #line, _ check: (DocumentError) -> Bool) {
        do {
            let document = try loader.load(bytes, name: name)
            XCTFail("read \(document.blocks.count) blocks instead of refusing", file: file, line: line)
        } catch let error as DocumentError {
            XCTAssertTrue(check(error), "unexpected error: \(error)", file: file, line: line)
            XCTAssertFalse(error.description.contains("\n"), "error is not one line: \(error)", file: file, line: line)
        } catch {
            XCTFail("not a DocumentError: \(error)", file: file, line: line)
        }
    }

    // MARK: XML

    func testBillionLaughsIsRefusedBeforeAnyEntityExpands() {
        var prolog = "<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">"
        for level in 1...9 { prolog += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        prolog += "]>"
        let started = Date()
        assertError(docx(body(DOCXFixture.paragraph("&lol9;"), prolog: prolog))) {
            $0 == .refusedXML(part: "word/document.xml", reason: "a DOCTYPE declaration (DOCX and ODT parts never need one)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
    }

    func testExternalEntityIsRefusedAndNothingIsRead() {
        let prolog = "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        assertError(docx(body(DOCXFixture.paragraph("&xxe;"), prolog: prolog))) {
            if case .refusedXML = $0 { return true } else { return false }
        }
    }

    func testExternalEntityInARelationshipsPartIsRefused() {
        let hostileRels = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]><Relationships>&x;</Relationships>"
        let bytes = ZipWriter.archive([("_rels/.rels", hostileRels), ("word/document.xml", body(""))])
        assertError(bytes) { $0 == .refusedXML(part: "_rels/.rels", reason: "a DOCTYPE declaration (DOCX and ODT parts never need one)") }
    }

    func testUndeclaredEntityIsMalformedXML() {
        assertError(docx(body(DOCXFixture.paragraph("&undeclared;")))) {
            if case .xml(let part, _, _) = $0 { return part == "word/document.xml" } else { return false }
        }
    }

    func testElementsNestedPastTheDepthLimitAreRefused() {
        let depth = XMLPushParser.maxDepth + 50
        let inner = String(repeating: "<w:sdt>", count: depth) + String(repeating: "</w:sdt>", count: depth)
        assertError(docx(body(inner))) {
            // Whichever limit trips first, ours or libxml2's own: either way a clear error.
            switch $0 {
            case .refusedXML(_, let reason): return reason.contains("nested deeper")
            case .xml(_, _, let message): return message.lowercased().contains("depth")
            default: return false
            }
        }
    }

    func testNestingWithinTheDepthLimitIsRead() throws {
        let inner = String(repeating: "<w:sdt><w:sdtContent>", count: 60) + DOCXFixture.paragraph("Kind")
            + String(repeating: "</w:sdtContent></w:sdt>", count: 60)
        XCTAssertEqual(try DocumentLoader().load(docx(body(inner)), name: "cv.docx").blocks.map(\.text), ["Kind"])
    }

    func testAnElementWithTooManyAttributesIsRefused() {
        let attributes = (0...XMLPushParser.maxAttributes).map { " a\($0)=\"x\"" }.joined()
        assertError(docx(body("<w:p\(attributes)/>"))) {
            if case .refusedXML(_, let reason) = $0 { return reason.contains("attributes") } else { return false }
        }
    }

    // MARK: Zip bombs and limits

    func testZipBombDeclaringItsSizeIsRefusedBeforeInflating() {
        // 64 MiB of one repeated paragraph deflates about 1000:1.
        let paragraph = Array(DOCXFixture.paragraph("Answered calls.").utf8)
        var xml = Array(body("").utf8.dropLast("</w:body></w:document>".utf8.count))
        xml.reserveCapacity(64 << 20)
        while xml.count < 64 << 20 { xml += paragraph }
        xml += Array("</w:body></w:document>".utf8)
        let bomb = docx(xml)
        XCTAssertLessThan(bomb.count, 1 << 20)
        let started = Date()
        assertError(bomb) {
            if case .limitExceeded(let what, let limit) = $0 { return what.hasPrefix("inflate ratio of word/document.xml") && limit == 200 }
            return false
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 2, "refused from the declared sizes, without inflating 64 MiB")
    }

    func testZipBombUnderstatingItsSizeIsStoppedAtTheFirstByteOverIt() throws {
        var bytes = ZipWriter.archive([(name: "big.xml", bytes: [UInt8](repeating: 0x41, count: 4 << 20))])
        // Rewrite the uncompressed size to 100 in the local header (offset 22) and the central
        // directory (offset 24), as a disguised bomb would.
        for (signature, offset) in [([UInt8]([0x50, 0x4B, 0x03, 0x04]), 22), ([0x50, 0x4B, 0x01, 0x02], 24)] {
            guard let at = (0..<bytes.count - 4).first(where: { Array(bytes[$0..<$0 + 4]) == signature }) else { return XCTFail("no header") }
            bytes.replaceSubrange(at + offset..<at + offset + 4, with: [100, 0, 0, 0])
        }
        let archive = try ZipArchive(data: bytes, limits: .default)
        var handed = 0
        XCTAssertThrowsError(try archive.read("big.xml") { handed += $0.count }) { error in
            guard case .corruptArchive(let reason) = error as? DocumentError else { return XCTFail("got \(error)") }
            XCTAssertTrue(reason.contains("inflates past its declared size of 100 bytes"), reason)
        }
        XCTAssertEqual(handed, 0, "the parser saw bytes of an entry that lied about its size")
    }

    func testEntryLimitStopsInflationAtTheChunkWhereItIsCrossed() throws {
        let limits = ExtractionLimits(maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 8 << 20, maxRatio: 1_000_000, ratioThresholdBytes: 1 << 30)
        let archive = try ZipArchive(data: ZipWriter.archive([(name: "big.xml", bytes: [UInt8](repeating: 0x41, count: 4 << 20))]), limits: limits)
        var handed = 0
        XCTAssertThrowsError(try archive.read("big.xml", chunkSize: 64 << 10) { handed += $0.count }) { error in
            guard case .limitExceeded(let what, 1 << 20) = error as? DocumentError else { return XCTFail("got \(error)") }
            XCTAssertTrue(what.contains("big.xml"), what)
        }
        XCTAssertLessThanOrEqual(handed, 1 << 20, "bytes past the limit reached the parser")
    }

    func testTotalLimitCountsEveryEntry() throws {
        let limits = ExtractionLimits(maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 20, maxRatio: 1_000_000, ratioThresholdBytes: 1 << 30)
        let part = [UInt8](repeating: 0x42, count: 600 << 10)
        let archive = try ZipArchive(data: ZipWriter.archive([(name: "a", bytes: part), (name: "b", bytes: part)]), limits: limits)
        XCTAssertNotNil(try archive.data("a"))
        XCTAssertThrowsError(try archive.data("b")) { error in
            guard case .limitExceeded(let what, _) = error as? DocumentError else { return XCTFail("got \(error)") }
            XCTAssertTrue(what.contains("the archive"), what)
        }
    }

    func testTooManyEntriesIsRefusedWhenOpening() {
        let entries = (0..<20).map { (name: "part\($0).xml", bytes: [UInt8]("<x/>".utf8)) }
        let loader = DocumentLoader(limits: ExtractionLimits(maxEntries: 10))
        assertError(ZipWriter.archive(entries), loader: loader) {
            if case .limitExceeded(let what, 10) = $0 { return what.contains("number of zip entries (20") } else { return false }
        }
    }

    func testTextLimitIsForTheWholeDocumentNotEachPart() throws {
        var fixture = DOCXFixture(body: DOCXFixture.paragraph(String(repeating: "b", count: 600)))
        fixture.header = DOCXFixture.paragraph(String(repeating: "h", count: 600))
        XCTAssertNoThrow(try DocumentLoader(maxTextBytes: 1300).load(fixture.bytes(), name: "cv.docx"))
        assertError(fixture.bytes(), loader: DocumentLoader(maxTextBytes: 1000)) {
            if case .limitExceeded(let what, 1000) = $0 { return what.hasPrefix("extracted text") } else { return false }
        }
    }

    func testMimetypeEntryIsReadOnlyAsFarAsItsPrefix() throws {
        // A huge "mimetype" entry must not be inflated whole just to tell ODT from DOCX.
        let limits = ExtractionLimits(maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 2 << 20, maxRatio: 1_000_000, ratioThresholdBytes: 1 << 30)
        let fixture = DOCXFixture(body: DOCXFixture.paragraph("Kind"))
        var entries = [(name: "mimetype", bytes: Array("text/plain".utf8) + [UInt8](repeating: 0x20, count: 1_500_000))]
        let archive = try ZipArchive(data: fixture.bytes(), limits: .default)
        for name in ["_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"] {
            if let bytes = try archive.data(name) { entries.append((name: name, bytes: bytes)) }
        }
        let document = try DocumentLoader(limits: limits).load(ZipWriter.archive(entries), name: "cv.docx")
        XCTAssertEqual(document.blocks.map(\.text), ["Kind"])
    }

    // MARK: Broken archives

    func testEveryTruncationOfADOCXIsAnErrorOrReadsNeverATrap() {
        let good = DOCXFixture(body: DOCXFixture.paragraph("Helped 40 guests a day")).bytes()
        for length in stride(from: 0, to: good.count, by: 3) {
            do {
                _ = try DocumentLoader().load(Array(good.prefix(length)), name: "cv.docx")
            } catch is DocumentError {
            } catch {
                XCTFail("truncated at \(length): not a DocumentError: \(error)")
            }
        }
    }

    func testRandomByteFlipsAreAnErrorOrReadNeverATrap() {
        var generator = SeededGenerator(seed: 6)
        let good = DOCXFixture(body: DOCXFixture.paragraph("Calmed upset callers")).bytes()
        for _ in 0..<400 {
            var bytes = good
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            do {
                _ = try DocumentLoader().load(bytes, name: "cv.docx")
            } catch is DocumentError {
            } catch {
                XCTFail("not a DocumentError: \(error)")
            }
        }
    }

    func testStoredEntryWithAWrongChecksumIsABrokenArchive() {
        var bytes = docx(Array(body(DOCXFixture.paragraph("Kind")).utf8), compression: .stored)
        // Change one byte of the stored document text; the CRC no longer matches.
        let text = Array("Kind".utf8)
        if let at = (0..<bytes.count - text.count).first(where: { Array(bytes[$0..<$0 + text.count]) == text }) { bytes[at] = 0x4C }
        assertError(bytes) { if case .corruptArchive = $0 { return true } else { return false } }
    }

    func testATextDumpOverTheTextLimitIsRefusedWithTheFlagToRaiseIt() {
        let line = Array("- Answered customer calls at the front desk\n".utf8)
        let dump = Array(repeating: line, count: 200).flatMap { $0 }
        XCTAssertNoThrow(try DocumentLoader(maxTextBytes: dump.count).load(dump, name: "dump.txt"))
        assertError(dump, loader: DocumentLoader(maxTextBytes: dump.count - 1), name: "dump.txt") {
            if case .limitExceeded(let what, _) = $0 { return what.contains("--max-text-bytes") } else { return false }
        }
    }

    // MARK: Not documents

    func testNonDocumentsAreNamedForWhatTheyAre() {
        let cases: [(String, [UInt8], DocumentError)] = [
            ("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], .notADocument(what: "a PNG image")),
            ("photo.docx", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], .notADocument(what: "a JPEG image")),
            ("run.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], .notADocument(what: "an ELF executable")),
            ("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504), .oleContainer),
            ("noise.txt", [0x01, 0x00, 0xFE, 0x00, 0x7F, 0x00], .notADocument(what: "binary data")),
            ("empty.txt", [], .empty),
            ("blank.txt", Array("\n  \n".utf8), .noWords),
            ("dashes.md", Array("---\n* * *\n".utf8), .noWords),
        ]
        for (name, bytes, expected) in cases {
            assertError(bytes, name: name) { $0 == expected }
        }
        let sheet = ZipWriter.archive([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>")], compression: .stored)
        assertError(sheet, name: "marks.odt") { $0 == .notADocument(what: "an OpenDocument spreadsheet file, not a text document") }
    }
}

/// A small deterministic generator (SplitMix64) so the flips are the same on every run.
private struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
