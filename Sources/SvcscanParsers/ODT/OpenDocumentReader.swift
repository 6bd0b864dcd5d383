import SvcscanCore

/// Turns the events of an OpenDocument text part into paragraphs of the text a reader sees:
/// `content.xml` (the body) or `styles.xml` (whose master pages hold the headers and footers).
///
/// Kept: paragraphs and headings (with their outline level), list items (with their depth), table
/// cells, frames and text boxes, notes (set aside to follow the body), spaces (`text:s`), tabs,
/// line breaks, inserted text. Dropped: the record of tracked changes (`text:tracked-changes`,
/// which is where deleted text lives), note citations, comments, alternative text of pictures.
final class OpenDocumentReader: XMLEventHandler {
    /// A finished paragraph before it gets a line number.
    struct Paragraph: Equatable {
        var text: String
        var kind: BlockKind
        var level: Int
    }

    /// Which part this reader reads: in `styles.xml` only the headers and footers are text.
    enum Part { case content, styles }

    private struct OpenParagraph {
        var start: Int
        var kind: BlockKind
        var level: Int
    }

    private let names: Names
    private let part: Part
    private let maxTextBytes: Int
    /// Paragraph style name → what it makes a paragraph: styles of the other part, then the
    /// automatic styles of this one, which derive from them.
    private var styles: [String: StyleKind]
    private(set) var body: [Paragraph] = []
    private(set) var notes: [Paragraph] = []
    private(set) var headers: [Paragraph] = []
    private(set) var footers: [Paragraph] = []
    private var open: [OpenParagraph] = []
    private var text: [UInt8] = []
    private var skipped = SkippedElement()
    private var listDepth = 0
    private var tableDepth = 0
    private var noteDepth = 0
    /// Inside a master page's header (1) or footer (2); 0 elsewhere.
    private var pageMargin = 0
    private var textBytes = 0
    private(set) var overLimit = false

    /// What a paragraph style makes a paragraph.
    enum StyleKind: Equatable {
        case heading(Int)
        case listItem
        case plain
    }

    init(names dictionary: XMLDictionary, part: Part, styles: [String: StyleKind], maxTextBytes: Int) {
        names = Names(dictionary)
        self.part = part
        self.styles = styles
        self.maxTextBytes = maxTextBytes
    }

    /// The paragraph styles this part defined, for reading the other part.
    var styleKinds: [String: StyleKind] { styles }

    override func didStart(_ name: XMLName, namespace: XMLName, attributes: XMLAttributes) {
        if skipped.enter() { return }
        switch namespace {
        case names.text: startText(name, attributes: attributes)
        case names.table where name == names.tableElement: tableDepth += 1
        case names.office where name == names.annotation: skipped.begin()
        case names.svg where name == names.title || name == names.desc: skipped.begin()
        case names.style: startStyle(name, attributes: attributes)
        default: break
        }
    }

    override func didEnd(_ name: XMLName, namespace: XMLName) {
        if skipped.leave() { return }
        switch namespace {
        case names.text:
            switch name {
            case names.p, names.h: closeParagraph()
            case names.list: listDepth = max(0, listDepth - 1)
            case names.noteBody: noteDepth = max(0, noteDepth - 1)
            default: break
            }
        case names.table where name == names.tableElement: tableDepth = max(0, tableDepth - 1)
        case names.style where isPageMargin(name): pageMargin = 0
        default: break
        }
    }

    override func didRead(_ characters: UnsafeBufferPointer<UInt8>) {
        guard !skipped.isActive, !open.isEmpty, isReading, !overLimit else { return }
        // Line ends and tabs in character data are layout of the XML, not of the text.
        text.append(contentsOf: characters.lazy.map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 })
        count(characters.count)
    }

    /// Text counts in the body, and in `styles.xml` only inside a header or footer.
    private var isReading: Bool { part == .content || pageMargin != 0 }

    private func startText(_ name: XMLName, attributes: XMLAttributes) {
        switch name {
        case names.p, names.h:
            let style = attributes[names.styleName].flatMap { styles[$0] } ?? .plain
            var kind = BlockKind.paragraph, level = 0
            if name == names.h {
                kind = .heading
                level = attributes[names.outlineLevel].flatMap { Int($0) }.map { min(max($0, 1), 10) } ?? 1
            } else if case .heading(let styled) = style {
                (kind, level) = (.heading, styled)
            } else if listDepth > 0 || style == .listItem {
                (kind, level) = (.listItem, max(listDepth, 1))
            } else if tableDepth > 0 {
                (kind, level) = (.tableCell, tableDepth)
            }
            open.append(OpenParagraph(start: text.count, kind: kind, level: level))
        case names.list: listDepth += 1
        case names.noteBody: noteDepth += 1
        case names.s:
            let count = attributes[names.c].flatMap { Int($0) } ?? 1
            for _ in 0..<min(max(count, 1), 64) { append(0x20) }
        case names.tab: append(0x09)
        case names.lineBreak: append(0x20)
        case names.trackedChanges, names.noteCitation: skipped.begin()
        default: break
        }
    }

    private func startStyle(_ name: XMLName, attributes: XMLAttributes) {
        if isPageMargin(name) {
            pageMargin = name == names.header || name == names.headerLeft || name == names.headerFirst ? 1 : 2
        } else if name == names.styleElement, let styleName = attributes[names.name] {
            styles[styleName] = kind(styleName: styleName, displayName: attributes[names.displayName],
                                     outlineLevel: attributes[names.defaultOutlineLevel].flatMap { Int($0) },
                                     parent: attributes[names.parentStyleName])
        }
    }

    /// A style is a heading when it has an outline level or is named "Heading N" or "Title", a
    /// list item when named for a list; otherwise it is what its parent style is.
    private func kind(styleName: String, displayName: String?, outlineLevel: Int?, parent: String?) -> StyleKind {
        if let outlineLevel, outlineLevel > 0 { return .heading(min(outlineLevel, 10)) }
        let shown = (displayName ?? styleName.replacingOccurrences(of: "_20_", with: " ")).lowercased()
        if shown == "title" { return .heading(1) }
        if shown.hasPrefix("heading") {
            return .heading(Int(String(shown.dropFirst("heading".count).filter(\.isNumber).prefix(2))).map { min(max($0, 1), 10) } ?? 1)
        }
        if shown.hasPrefix("list") { return .listItem }
        return parent.flatMap { styles[$0] } ?? .plain
    }

    private func isPageMargin(_ name: XMLName) -> Bool {
        name == names.header || name == names.footer || name == names.headerLeft || name == names.footerLeft
            || name == names.headerFirst || name == names.footerFirst
    }

    private func closeParagraph() {
        guard let paragraph = open.popLast() else { return }
        let text = self.text.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[paragraph.start...]).trimmedText() }
        self.text.removeSubrange(paragraph.start...)
        guard !text.isEmpty, isReading else { return }
        let finished = Paragraph(text: text, kind: paragraph.kind, level: paragraph.level)
        if part == .styles {
            // Every master page may repeat the same header: keep each line once.
            if pageMargin == 1, !headers.contains(finished) { headers.append(finished) }
            if pageMargin == 2, !footers.contains(finished) { footers.append(finished) }
        } else if noteDepth > 0 {
            notes.append(finished)
        } else {
            body.append(finished)
        }
    }

    private func append(_ byte: UInt8) {
        guard !open.isEmpty, isReading, !overLimit else { return }
        text.append(byte)
        count(1)
    }

    private func count(_ bytes: Int) {
        textBytes += bytes
        if textBytes > maxTextBytes { overLimit = true }
    }
}
