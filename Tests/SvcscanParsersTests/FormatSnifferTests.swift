import SvcscanCore
@testable import SvcscanParsers
import SvcscanTestSupport
import XCTest

final class FormatSnifferTests: XCTestCase {
    func testZipIsDOCXWhateverItsNameAndMarkdownGoesByExtension() throws {
        let zip = ZipWriter.archive([("a.txt", "x")])
        XCTAssertEqual(try FormatSniffer.format(of: zip, name: "resume.txt"), .docx)
        XCTAssertEqual(try FormatSniffer.format(of: Array("# Ana".utf8), name: "cv.markdown"), .md)
        XCTAssertEqual(try FormatSniffer.format(of: Array("Ana".utf8), name: "cv.docx"), .txt)
        XCTAssertEqual(try FormatSniffer.format(of: Array("Ana".utf8), name: nil), .txt)
        XCTAssertEqual(try FormatSniffer.format(of: Array("%PDF-1.7\n".utf8), name: "cv.txt"), .pdf)
    }

    func testNonDocumentsAreNamedForWhatTheyAre() {
        XCTAssertThrowsError(try FormatSniffer.format(of: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], name: "cv.docx")) {
            XCTAssertEqual($0 as? DocumentError, .oleContainer)
        }
        XCTAssertThrowsError(try FormatSniffer.format(of: [], name: "cv.txt")) {
            XCTAssertEqual($0 as? DocumentError, .empty)
        }
        XCTAssertThrowsError(try FormatSniffer.format(of: [0x41, 0x00, 0x42, 0x00, 0x01], name: "blob")) {
            XCTAssertEqual($0 as? DocumentError, .notADocument(what: "binary data"))
        }
    }

    func testWordLockFileIsRecognisedByNameOrByContent() {
        var lock = [UInt8](repeating: 0, count: 162)
        lock[0] = 4
        lock.replaceSubrange(1...4, with: Array("Dana".utf8))
        lock[54] = 4
        XCTAssertThrowsError(try FormatSniffer.format(of: lock, name: "renamed.docx")) {
            XCTAssertEqual($0 as? DocumentError, .wordLockFile)
        }
        XCTAssertThrowsError(try FormatSniffer.format(of: Array("x".utf8), name: "~$resume.docx")) {
            XCTAssertEqual($0 as? DocumentError, .wordLockFile)
        }
    }
}
