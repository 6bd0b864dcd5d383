@testable import SvcscanParsers
import XCTest

final class TextDecoderTests: XCTestCase {
    func testUTF8ByteOrderMarkIsDropped() {
        let result = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Café".utf8))
        XCTAssertEqual(result.text, "Café")
        XCTAssertNil(result.warning)
    }

    func testUTF16LittleAndBigEndianWithByteOrderMark() {
        XCTAssertEqual(TextDecoder.decode([0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00]).text, "Hé")
        XCTAssertEqual(TextDecoder.decode([0xFE, 0xFF, 0x00, 0x48, 0x00, 0xE9]).text, "Hé")
    }

    func testInvalidUTF8FallsBackToWindows1252WithAWarning() {
        // 0x93/0x94 are curly quotes and 0xE9 is é in Windows-1252.
        let result = TextDecoder.decode([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9])
        XCTAssertEqual(result.text, "\u{201C}Hi\u{201D} café")
        XCTAssertEqual(result.warning, "not valid UTF-8; read as Windows-1252")
    }
}
