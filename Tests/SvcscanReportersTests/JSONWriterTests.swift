import Foundation
@testable import SvcscanReporters
import XCTest

/// `JSONWriter` must write what `JSONEncoder` wrote before it, byte for byte, so saved reports,
/// golden files and anyone diffing outputs see no change.
final class JSONWriterTests: XCTestCase {
    /// A JSON tree that Foundation encodes and `JSONWriter` writes, to compare the two.
    private indirect enum Tree: Encodable {
        case string(String)
        case integer(Int)
        case double(Double)
        case bool(Bool)
        case null
        case array([Tree])
        case object([String: Tree])

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            case .double(let value): try container.encode(value)
            case .bool(let value): try container.encode(value)
            case .null: try container.encodeNil()
            case .array(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }

        func write(to json: inout JSONWriter) {
            switch self {
            case .string(let value): json.string(value)
            case .integer(let value): json.number(value)
            case .double(let value): json.number(value)
            case .bool(let value): json.bool(value)
            case .null: json.null()
            case .array(let value): json.array(value) { json, element in element.write(to: &json) }
            case .object(let value): json.object(value) { json, element in element.write(to: &json) }
            }
        }
    }

    private static let controlCharacters = String(String.UnicodeScalarView((0...0x1F).map { Unicode.Scalar(UInt8($0)) }))

    private static let tricky = Tree.object([
        "strings": .array([
            .string(""), .string(controlCharacters), .string("\"quoted\" \\ back/slash \u{7F}"),
            .string("é “curly” — 😀 \u{2028}\u{2029} \u{FEFF} 中文"), .string("trailing escape\n"), .string("<>&'"),
        ]),
        "doubles": .array([0.1, 20, 69.5, -0.0, 0, -3.7, 1e15, 1e16, 1.5e-7, 0.0001, 2e-5, 123456789.125, 0.30000000000000004,
                           1e300, .leastNonzeroMagnitude, Double(Float(0.1)), 9007199254740992].map(Tree.double)),
        "integers": .array([0, 1, -1, 9, 10, 42, -100, Int.max, Int.min].map(Tree.integer)),
        "literals": .array([.bool(true), .bool(false), .null]),
        "empty": .object(["array": .array([]), "object": .object([:]), "nested": .array([.array([]), .object([:]), .array([.integer(1)])])]),
        "keys": .object(["b": .integer(1), "B": .integer(2), "a1": .integer(3), "aa": .integer(4), "_": .integer(5), "$schema": .integer(6),
                         "é": .integer(7), "z": .integer(8), "with \"quote\"\n": .integer(9)]),
        "deep": .array([.array([.array([.array([.array([.array([.array([.array([.array([.array([.array([.array([.string("12 levels")])])])])])])])])])])])]),
    ])

    private func assertSameAsJSONEncoder(_ tree: Tree, file: StaticString = #filePath, line: UInt = #line) throws {
        for pretty in [false, true] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
            let expected = String(decoding: try encoder.encode(tree), as: UTF8.self)
            var json = JSONWriter(pretty: pretty)
            tree.write(to: &json)
            XCTAssertEqual(json.text, expected, pretty ? "pretty" : "compact", file: file, line: line)
        }
    }

    func testTrickyValuesMatchJSONEncoderCompactAndPretty() throws {
        try assertSameAsJSONEncoder(Self.tricky)
    }

    func testEmptyContainersAtTheTopMatchJSONEncoder() throws {
        try assertSameAsJSONEncoder(.array([]))
        try assertSameAsJSONEncoder(.object([:]))
    }

    func testControlCharactersUseShortEscapesOrLowercaseHex() {
        var json = JSONWriter(pretty: false)
        json.string("\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1B}/")
        XCTAssertEqual(json.text, #""\b\t\n\u000b\f\r\u001b/""#)
    }

    func testWholeDoublesLoseTheirDecimalPoint() {
        var json = JSONWriter(pretty: false)
        json.array([20, 69.5, 1e16] as [Double]) { json, value in json.number(value) }
        XCTAssertEqual(json.text, "[20,69.5,1e+16]")
    }

    func testSavedRunsAreWrittenBackAsTheyWereRead() throws {
        let text = #"{"a":[1,2.5,-0.5,1e+16,true,null,"x\u001fy"],"b":{"$schema":"","Z":{},"z":[]}}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        var json = JSONWriter(pretty: false)
        value.write(to: &json)
        XCTAssertEqual(json.text, text)
    }
}
