/// Reads the XHTML that `pdftotext -bbox-layout` writes (`doc > page > flow > block > line >
/// word`, each with `xMin yMin xMax yMax`) into pages of lines. Only what is inside `<doc>` is
/// handed to it: the head holds the PDF's own metadata, which is not read.
final class PDFLayoutReader: XMLEventHandler {
    private let names: Names
    private(set) var pages: [PDFPage] = []
    private var block = -1
    private var words: [PDFPage.Word] = []
    private var wordBox: PDFPage.Box?
    private var text: [UInt8] = []

    private struct Names {
        let page, block, line, word, width, height, xMin, yMin, xMax, yMax: XMLName

        init(_ dictionary: XMLDictionary) {
            let intern = dictionary.intern
            (page, block, line, word) = (intern("page"), intern("block"), intern("line"), intern("word"))
            (width, height) = (intern("width"), intern("height"))
            (xMin, yMin, xMax, yMax) = (intern("xMin"), intern("yMin"), intern("xMax"), intern("yMax"))
        }
    }

    init(names dictionary: XMLDictionary) {
        names = Names(dictionary)
    }

    override func didStart(_ name: XMLName, namespace: XMLName, attributes: XMLAttributes) {
        switch name {
        case names.page:
            pages.append(PDFPage(width: number(attributes, names.width) ?? 612, height: number(attributes, names.height) ?? 792))
            block = -1
        case names.block: block += 1
        case names.line: words.removeAll(keepingCapacity: true)
        case names.word:
            text.removeAll(keepingCapacity: true)
            if let xMin = number(attributes, names.xMin), let yMin = number(attributes, names.yMin),
               let xMax = number(attributes, names.xMax), let yMax = number(attributes, names.yMax) {
                wordBox = PDFPage.Box(xMin: xMin, yMin: yMin, xMax: max(xMin, xMax), yMax: max(yMin, yMax))
            }
        default: break
        }
    }

    override func didEnd(_ name: XMLName, namespace: XMLName) {
        switch name {
        case names.word:
            if let box = wordBox, !text.isEmpty { words.append(PDFPage.Word(text: String(decoding: text, as: UTF8.self), box: box)) }
            wordBox = nil
        case names.line:
            guard !pages.isEmpty, let first = words.first else { return }
            let box = words.dropFirst().reduce(first.box) { $0.union($1.box) }
            pages[pages.count - 1].lines.append(PDFPage.Line(words: words, box: box, block: max(block, 0)))
        default: break
        }
    }

    override func didRead(_ characters: UnsafeBufferPointer<UInt8>) {
        if wordBox != nil { text.append(contentsOf: characters) }
    }

    /// A finite coordinate, or nil.
    private func number(_ attributes: XMLAttributes, _ name: XMLName) -> Double? {
        guard let value = attributes[name].flatMap(Double.init), value.isFinite else { return nil }
        return value
    }
}
