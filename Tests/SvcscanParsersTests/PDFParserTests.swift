import SvcscanCore
@testable import SvcscanParsers
import SvcscanTestSupport
import XCTest

/// The layout rules run on hand-written `pdftotext -bbox-layout` output, so they are tested
/// without poppler; the tests at the end run the real pdftotext on PDFs made by `PDFFixture`.
final class PDFParserTests: XCTestCase {
    /// One word of pdftotext's layout: text at (x, y), `size` points tall, about 5.5 points a letter.
    private struct W {
        var text: String
        var x: Double
        var y: Double
        var size: Double = 10
    }

    /// Each page is one text block; paragraphs come from the gaps between lines.
    private func xhtml(pages: [[[W]]]) -> [UInt8] {
        var out = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head><title>Dana &amp; Co</title></head><body>\n<doc>\n"
        for page in pages {
            out += "<page width=\"612\" height=\"792\"><flow><block>\n"
            for line in page {
                out += "<line>"
                for word in line {
                    let width = Double(word.text.count) * word.size * 0.55
                    out += "<word xMin=\"\(word.x)\" yMin=\"\(word.y)\" xMax=\"\(word.x + width)\" yMax=\"\(word.y + word.size)\">\(word.text)</word>"
                }
                out += "</line>\n"
            }
            out += "</block></flow></page>\n"
        }
        return Array((out + "</doc>\n</body>\n</html>\n").utf8)
    }

    /// A line of words set left to right from `x`.
    private func line(_ text: String, x: Double = 72, y: Double, size: Double = 10) -> [W] {
        var words: [W] = []
        var position = x
        for word in text.split(separator: " ") {
            words.append(W(text: String(word), x: position, y: y, size: size))
            position += Double(word.count + 1) * size * 0.55
        }
        return words
    }

    private func view(_ pages: [[[W]]]) throws -> String {
        try PDFParser().document(fromLayout: xhtml(pages: pages)).textView()
    }

    func testPagesOpenWithAMarkerAndLocationsCarryThePage() throws {
        let document = try PDFParser().document(fromLayout: xhtml(pages: [
            [line("Dana Whitfield", y: 60), line("Served guests at the front desk.", y: 90)],
            [line("Trained four new clerks.", y: 60)],
        ]))
        XCTAssertEqual(document.textView(), """
        ── page 1 ──
        Dana Whitfield

        Served guests at the front desk.
        ── page 2 ──
        Trained four new clerks.

        """)
        XCTAssertEqual(document.pageStarts, [1, 5])
        XCTAssertEqual(document.blocks.map { $0.anchors[0].location.page }, [1, 1, 2])
        XCTAssertEqual(document.blocks.last?.location(atScalarOffset: 8), SourceLocation(line: 6, column: 9, page: 2))
    }

    func testTwoColumnsAreReadColumnByColumn() throws {
        // A name across the top, then a skills sidebar on the right beside the experience.
        var page = [line("Dana Whitfield  Front Desk Lead", y: 40, size: 10)]
        let main = ["Greeted 80 guests a day at check-in", "and answered questions by phone", "Resolved billing complaints the", "same day for returning guests",
                    "Trained four new clerks on the", "booking system and guest notes", "Kept the lobby calm during", "the spring conference rush"]
        let side = ["SKILLS", "Opera PMS", "Spanish", "Cash handling", "Scheduling", "First aid"]
        for (index, text) in main.enumerated() { page.append(line(text, x: 40, y: 80 + Double(index) * 14)) }
        for (index, text) in side.enumerated() { page.append(line(text, x: 420, y: 80 + Double(index) * 14)) }
        let text = try view([page])
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.firstIndex(of: "the spring conference rush").map { $0 < lines.firstIndex(of: "SKILLS")! }, true, text)
        XCTAssertTrue(lines.contains("Greeted 80 guests a day at check-in"), text)
        XCTAssertFalse(text.contains("check-in SKILLS"), "columns must not be merged across the gutter:\n\(text)")
    }

    func testWordsOnOneBaselineMakeOneLine() throws {
        let page = [line("Front Desk Lead", y: 60), line("2019 - 2023", x: 480, y: 60)]
        XCTAssertEqual(try view([page]), "── page 1 ──\nFront Desk Lead 2019 - 2023\n")
    }

    func testARepeatedHeaderOrFooterIsKeptOnce() throws {
        let pages = (1...3).map { number in
            [line("Dana Whitfield - Résumé", y: 20), line("Helped guests on page \(number).", y: 300), line("Page \(number) of 3", y: 770)]
        }
        let text = try view(pages)
        XCTAssertEqual(text.components(separatedBy: "Dana Whitfield - Résumé").count - 1, 1, text)
        XCTAssertEqual(text.components(separatedBy: "of 3").count - 1, 1, text)
        XCTAssertTrue(text.contains("Helped guests on page 3."), text)
    }

    func testAWordBrokenAtALineEndIsJoinedAndACompoundKeepsItsHyphen() throws {
        let page = [line("Improved the manage-", y: 100), line("ment of stock and the customer-", y: 112), line("facing desk.", y: 124)]
        XCTAssertEqual(try view([page]), "── page 1 ──\nImproved the management\nof stock and the customer-facing\ndesk.\n")
    }

    func testLargerShortLinesAreHeadings() throws {
        let page = [line("Experience", y: 60, size: 14), line("Answered guest calls and emails every shift.", y: 84),
                    line("Handled check-in for tour groups of 40.", y: 96)]
        let document = try PDFParser().document(fromLayout: xhtml(pages: [page]))
        XCTAssertEqual(document.blocks.first?.kind, .heading)
        XCTAssertEqual(document.blocks.first?.text, "Experience")
        XCTAssertEqual(document.blocks.dropFirst().first?.kind, .paragraph)
    }

    func testBulletsLigaturesAndOddSpacesAreNormalised() throws {
        let page = [[W(text: "\u{F0B7}", x: 72, y: 60), W(text: "Of\u{FB01}ce", x: 80, y: 60), W(text: "a\u{00A0}b", x: 120, y: 60)],
                    [W(text: "•", x: 72, y: 74), W(text: "Second", x: 80, y: 74)]]
        let document = try PDFParser().document(fromLayout: xhtml(pages: [page]))
        XCTAssertEqual(document.blocks.map(\.kind), [.listItem, .listItem])
        XCTAssertEqual(document.blocks.map(\.text), ["Office a b", "Second"])
    }

    func testABulletSetApartByPopplerStillOpensTheWrappedItemItPrecedes() throws {
        // LibreOffice's PDFs: the bullet glyph is a text block of its own beside the item's text.
        func word(_ text: String, _ x: Double, _ y: Double) -> String {
            "<word xMin=\"\(x)\" yMin=\"\(y)\" xMax=\"\(x + Double(text.count) * 5.5)\" yMax=\"\(y + 15.6)\">\(text)</word>"
        }
        let layout = "<doc><page width=\"612\" height=\"792\"><flow><block><line>\(word("•", 54, 160))</line></block>"
            + "<block><line>\(word("Answered", 72, 160))\(word("guest", 122, 160))\(word("questions", 155, 160))\(word("about", 210, 160))</line>"
            + "<line>\(word("their", 72, 174))\(word("bills.", 102, 174))</line></block></flow></page></doc>"
        let document = try PDFParser().document(fromLayout: Array(layout.utf8))
        XCTAssertEqual(document.blocks.map(\.kind), [.listItem])
        XCTAssertEqual(document.blocks.first?.text, "Answered guest questions about\ntheir bills.")
    }

    func testControlCharactersInAWordDoNotBreakTheLayout() throws {
        let page = [[W(text: "Front\u{01}desk", x: 72, y: 60)]]
        XCTAssertEqual(try PDFParser().document(fromLayout: xhtml(pages: [page])).blocks.map(\.text), ["Front desk"])
    }

    func testPagesWithoutWordsAreScannedPages() {
        XCTAssertThrowsError(try PDFParser().document(fromLayout: xhtml(pages: [[], []]))) {
            XCTAssertEqual($0 as? DocumentError, .noTextLayer)
            XCTAssertEqual(($0 as? DocumentError)?.description, "scanned pages, no text to read: run OCR first, for example with ocrmypdf")
        }
    }

    func testABlankPageAmongTextPagesIsAWarning() throws {
        let document = try PDFParser().document(fromLayout: xhtml(pages: [[line("Served guests.", y: 60)], []]))
        XCTAssertEqual(document.warnings, ["no text on page 2: blank, or scanned (run OCR to read it)"])
    }

    // MARK: - With poppler's pdftotext

    private func requirePDFToText() throws -> String {
        guard let pdftotext = PDFParser.defaultPDFToText else {
            throw XCTSkip("pdftotext is not installed (scripts/setup installs poppler-utils)")
        }
        return pdftotext
    }

    func testARealPDFIsReadWithPagesAndSections() throws {
        _ = try requirePDFToText()
        let fixture = PDFFixture(pages: [
            [PDFFixture.Line("Dana Whitfield", y: 60, size: 18), PDFFixture.Line("EXPERIENCE", y: 100, size: 12),
             PDFFixture.Line("- Greeted 80 guests a day and answered their questions.", y: 120),
             PDFFixture.Line("- Resolved billing complaints the same day (see notes).", y: 134)],
            [PDFFixture.Line("EDUCATION", y: 60, size: 12), PDFFixture.Line("Diploma in Hospitality, 2019", y: 80)],
        ])
        let document = try DocumentLoader().load(fixture.bytes(), name: "dana.pdf")
        XCTAssertEqual(document.format, .pdf)
        XCTAssertEqual(document.debugDump(), """
        p1 2:1 heading(1) | Dana Whitfield
        p1 4:1 heading(1) | EXPERIENCE
        p1 6:3 list-item(1) | Greeted 80 guests a day and answered their questions.
        p1 7:3 list-item(1) | Resolved billing complaints the same day (see notes).
        p2 9:1 heading(1) | EDUCATION
        p2 11:1 paragraph | Diploma in Hospitality, 2019

        """)
    }

    func testStandardInputStylePDFBytesAreSniffedAsPDF() throws {
        XCTAssertEqual(try FormatSniffer.format(of: PDFFixture(lines: ["Served guests."]).bytes(), name: nil), .pdf)
    }

    func testABrokenPDFIsAClearError() throws {
        _ = try requirePDFToText()
        let bytes = Array("%PDF-1.4\n1 0 obj << /Type /Catalog".utf8)
        XCTAssertThrowsError(try PDFParser().parse(bytes)) {
            XCTAssertEqual(($0 as? DocumentError)?.description, "cannot read: a broken or truncated PDF: pdftotext could not open it")
        }
    }

    func testAnEncryptedPDFAsksForACopyWithoutAPassword() throws {
        _ = try requirePDFToText()
        var fixture = PDFFixture(lines: ["Served guests."])
        fixture.trailerExtra = "/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /O <00> /U <00> /P -4 >> /ID [<00><00>]"
        XCTAssertThrowsError(try PDFParser().parse(fixture.bytes())) {
            XCTAssertEqual(($0 as? DocumentError)?.description, "cannot read: the PDF needs a password to open; save a copy without one")
        }
    }

    func testAPDFReaderThatHangsIsStoppedAtTheTimeLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("svcscan-hang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("pdftotext")
        try "#!/bin/sh\nexec sleep 30\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let started = Date()
        let parser = PDFParser(limits: PDFLimits(timeout: 0.5), pdftotext: script.path)
        XCTAssertThrowsError(try parser.parse(PDFFixture(lines: ["Served guests."]).bytes())) {
            XCTAssertEqual(($0 as? DocumentError)?.description, "cannot read: reading this PDF took longer than 0.5 s (a file built to stall readers, or far too long)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    func testWithoutPDFToTextTheErrorSaysWhatToInstall() {
        XCTAssertThrowsError(try PDFParser(pdftotext: nil).parse(PDFFixture(lines: ["Served guests."]).bytes())) {
            XCTAssertTrue(($0 as? DocumentError)?.description.contains("apt-get install poppler-utils") == true, "\($0)")
        }
    }
}
