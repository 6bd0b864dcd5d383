import SvcscanCore

/// Turns the events of a WordprocessingML part (document body, header, footer, footnotes or
/// endnotes) into paragraphs of the text a reader sees.
///
/// Kept: runs, tabs, breaks, non-breaking hyphens, symbols, hyperlinks, tables, text boxes,
/// content controls, inserted text, field results. Dropped: deleted and moved-away text, field
/// instructions, and all but one branch of each `mc:AlternateContent` (the first `Choice`, or the
/// `Fallback` when there is no `Choice`), so nothing is read twice. Text bytes are accumulated
/// in one buffer and each paragraph is decoded once.
final class WordprocessingReader: XMLEventHandler {
    /// A finished paragraph, before it is given a line number. Its kind waits for the style
    /// sheet, which is only read when a paragraph style needs it.
    struct Paragraph {
        var text: String
        /// The paragraph style id (`w:pStyle`), if any.
        var styleId: String?
        /// Numbered directly (`w:numPr` with a non-zero `w:numId`).
        var numbered: Bool
        /// How many tables it sits in.
        var tableDepth: Int

        /// Its kind and level once its style's kind is known (`nil`: no style).
        func block(style: StyleSheet.Kind?) -> (kind: BlockKind, level: Int) {
            if case .heading(let level) = style { return (.heading, level) }
            if numbered || style == .list { return (.listItem, 1) }
            if tableDepth > 0 { return (.tableCell, tableDepth) }
            return (.paragraph, 0)
        }
    }

    /// A paragraph being read. Its text is `text[start...]`: a paragraph nested in another (in a
    /// text box) always ends before the outer one reads on, so the innermost owns the tail.
    private struct OpenParagraph {
        var start: Int
        var styleId: String?
        var numbered = false
    }

    private struct AlternateContent {
        var branchTaken = false
    }

    private let names: Names
    private let maxTextBytes: Int
    private(set) var paragraphs: [Paragraph] = []
    private var open: [OpenParagraph] = []
    private var text: [UInt8] = []
    private var alternates: [AlternateContent] = []
    /// The element whose content is being skipped, if any.
    private var skipped = SkippedElement()
    private var tableDepth = 0
    private var runDepth = 0
    private var inText = false
    private var inParagraphProperties = false
    private var textBytes = 0
    private(set) var overLimit = false

    init(names dictionary: XMLDictionary, maxTextBytes: Int) {
        names = Names(dictionary)
        self.maxTextBytes = maxTextBytes
        text.reserveCapacity(4096)
    }

    override func didStart(_ name: XMLName, namespace: XMLName, attributes: XMLAttributes) {
        if skipped.enter() { return }
        switch namespace {
        case names.word: startWord(name, attributes: attributes)
        case names.markupCompatibility: startCompatibility(name)
        default: break
        }
    }

    override func didEnd(_ name: XMLName, namespace: XMLName) {
        if skipped.leave() { return }
        switch namespace {
        case names.word:
            endWord(name)
        case names.markupCompatibility:
            if name == names.alternateContent, !alternates.isEmpty { alternates.removeLast() }
        default:
            break
        }
    }

    override func didRead(_ characters: UnsafeBufferPointer<UInt8>) {
        guard inText, !skipped.isActive, !open.isEmpty else { return }
        append(characters)
    }

    private func startCompatibility(_ name: XMLName) {
        switch name {
        case names.alternateContent:
            alternates.append(AlternateContent())
        case names.choice, names.fallback:
            guard !alternates.isEmpty else { return }
            if alternates[alternates.count - 1].branchTaken {
                skipped.begin()
            } else {
                alternates[alternates.count - 1].branchTaken = true
            }
        default:
            break
        }
    }

    private func startWord(_ name: XMLName, attributes: XMLAttributes) {
        switch name {
        case names.r: runDepth += 1
        case names.t: inText = true
        case names.p: open.append(OpenParagraph(start: text.count))
        case names.pPr: inParagraphProperties = true
        case names.pStyle where inParagraphProperties && !open.isEmpty:
            open[open.count - 1].styleId = attributes[names.val]
        case names.numId where inParagraphProperties && !open.isEmpty:
            open[open.count - 1].numbered = attributes.bytes(names.val).map { !$0.elementsEqual("0".utf8) } ?? false
        // Tab stops (`w:tabs/w:tab` in paragraph properties) share the name: only runs hold text.
        case names.tab where runDepth > 0, names.ptab where runDepth > 0: append(0x09)
        case names.br where runDepth > 0, names.cr where runDepth > 0: append(0x20)
        case names.noBreakHyphen where runDepth > 0: append(0x2D)
        case names.sym where runDepth > 0: appendSymbol(attributes[names.char])
        case names.del, names.moveFrom, names.delText, names.instrText, names.rPr, names.fldData: skipped.begin()
        case names.tbl: tableDepth += 1
        default: break
        }
    }

    private func endWord(_ name: XMLName) {
        switch name {
        case names.r: runDepth = max(0, runDepth - 1)
        case names.t: inText = false
        case names.p: closeParagraph()
        case names.pPr: inParagraphProperties = false
        case names.tbl: tableDepth = max(0, tableDepth - 1)
        default: break
        }
    }

    private func closeParagraph() {
        guard let paragraph = open.popLast() else { return }
        let text = self.text.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[paragraph.start...]).trimmedText() }
        self.text.removeSubrange(paragraph.start...)
        guard !text.isEmpty else { return }
        paragraphs.append(Paragraph(text: text, styleId: paragraph.styleId, numbered: paragraph.numbered, tableDepth: tableDepth))
    }

    private func append(_ byte: UInt8) {
        guard !open.isEmpty, !overLimit else { return }
        text.append(byte)
        count(1)
    }

    private func append(_ characters: UnsafeBufferPointer<UInt8>) {
        guard !overLimit else { return }
        text.append(contentsOf: characters)
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
