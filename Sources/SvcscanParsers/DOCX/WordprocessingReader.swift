import SvcscanCore

/// Turns the events of a WordprocessingML part (document body, header, footer, footnotes or
/// endnotes) into paragraphs of the text a reader sees.
///
/// Kept: runs, tabs, breaks, non-breaking hyphens, symbols, hyperlinks, tables, text boxes,
/// content controls, inserted text, field results. Dropped: deleted and moved-away text, field
/// instructions, and all but one branch of each `mc:AlternateContent` (the first `Choice`, or the
/// `Fallback` when there is no `Choice`), so nothing is read twice. Text bytes are accumulated
/// per paragraph and decoded once.
final class WordprocessingReader: XMLEventHandler {
    /// A finished paragraph, before it is given a line number.
    struct Paragraph {
        var kind: BlockKind
        var level: Int
        var text: String
    }

    private struct OpenParagraph {
        var bytes: [UInt8] = []
        var styleId: String?
        var numbered = false
    }

    private struct AlternateContent {
        var branchTaken = false
    }

    private let styles: StyleSheet
    private let maxTextBytes: Int
    private(set) var paragraphs: [Paragraph] = []
    private var open: [OpenParagraph] = []
    private var alternates: [AlternateContent] = []
    /// Depth inside an element whose content is skipped; 0 when reading.
    private var skipDepth = 0
    private var tableDepth = 0
    private var runDepth = 0
    private var inText = false
    private var inParagraphProperties = false
    private var textBytes = 0
    private(set) var overLimit = false

    init(styles: StyleSheet, maxTextBytes: Int) {
        self.styles = styles
        self.maxTextBytes = maxTextBytes
    }

    func didStart(_ name: XMLName, attributes: XMLAttributes) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        switch name.namespace {
        case .markupCompatibility: startCompatibility(name.local)
        case .word: startWord(name.local, attributes: attributes)
        case .relationships, .other: break
        }
    }

    func didEnd(_ name: XMLName) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch name.namespace {
        case .markupCompatibility:
            if name.local == "AlternateContent", !alternates.isEmpty { alternates.removeLast() }
        case .word:
            endWord(name.local)
        case .relationships, .other:
            break
        }
    }

    func didRead(_ characters: UnsafeBufferPointer<UInt8>) {
        guard inText, skipDepth == 0, !open.isEmpty else { return }
        append(characters)
    }

    private func startCompatibility(_ local: String) {
        switch local {
        case "AlternateContent":
            alternates.append(AlternateContent())
        case "Choice", "Fallback":
            guard !alternates.isEmpty else { return }
            if alternates[alternates.count - 1].branchTaken {
                skipDepth = 1
            } else {
                alternates[alternates.count - 1].branchTaken = true
            }
        default:
            break
        }
    }

    private func startWord(_ local: String, attributes: XMLAttributes) {
        switch local {
        case "p": open.append(OpenParagraph())
        case "pPr": inParagraphProperties = true
        case "pStyle" where inParagraphProperties && !open.isEmpty:
            open[open.count - 1].styleId = attributes["val"]
        case "numId" where inParagraphProperties && !open.isEmpty:
            open[open.count - 1].numbered = attributes["val"].map { $0 != "0" } ?? false
        case "r": runDepth += 1
        case "t": inText = true
        // Tab stops (`w:tabs/w:tab` in paragraph properties) share the name: only runs hold text.
        case "tab" where runDepth > 0, "ptab" where runDepth > 0: append(0x09)
        case "br" where runDepth > 0, "cr" where runDepth > 0: append(0x20)
        case "noBreakHyphen" where runDepth > 0: append(0x2D)
        case "sym" where runDepth > 0: appendSymbol(attributes["char"])
        case "del", "moveFrom", "delText", "instrText", "rPr", "fldData": skipDepth = 1
        case "tbl": tableDepth += 1
        default: break
        }
    }

    private func endWord(_ local: String) {
        switch local {
        case "p": closeParagraph()
        case "pPr": inParagraphProperties = false
        case "r": runDepth = max(0, runDepth - 1)
        case "t": inText = false
        case "tbl": tableDepth = max(0, tableDepth - 1)
        default: break
        }
    }

    private func closeParagraph() {
        guard let paragraph = open.popLast() else { return }
        let text = String(decoding: paragraph.bytes, as: UTF8.self).trimmingWhitespace()
        guard !text.isEmpty else { return }
        let kind: BlockKind
        var level = 0
        if let id = paragraph.styleId, let heading = styles.headingLevel(of: id) {
            kind = .heading
            level = heading
        } else if paragraph.numbered || paragraph.styleId.map(styles.isList) == true {
            kind = .listItem
            level = 1
        } else if tableDepth > 0 {
            kind = .tableCell
            level = tableDepth
        } else {
            kind = .paragraph
        }
        paragraphs.append(Paragraph(kind: kind, level: level, text: text))
    }

    private func append(_ byte: UInt8) {
        guard !open.isEmpty, !overLimit else { return }
        open[open.count - 1].bytes.append(byte)
        count(1)
    }

    private func append(_ characters: UnsafeBufferPointer<UInt8>) {
        guard !overLimit else { return }
        open[open.count - 1].bytes.append(contentsOf: characters)
        count(characters.count)
    }

    private func count(_ bytes: Int) {
        textBytes += bytes
        if textBytes > maxTextBytes { overLimit = true }
    }

    /// `w:sym` names a character by hex code; codes in the private-use area belong to symbol
    /// fonts (Wingdings bullets) and carry no text.
    private func appendSymbol(_ hex: String?) {
        guard let hex, let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code),
              !(0xE000...0xF8FF).contains(code) else { return }
        for byte in String(scalar).utf8 { append(byte) }
    }
}

extension String {
    /// The string without leading and trailing whitespace (Unicode-aware, no Foundation).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
