/// Builds a `StyleSheet` from the events of a `styles.xml` part.
final class StyleSheetReader: XMLEventHandler {
    private(set) var sheet = StyleSheet()
    private let names: Names
    private var currentId: String?
    private var current = StyleSheet.Style()
    private var inParagraphProperties = false

    init(names dictionary: XMLDictionary) {
        names = Names(dictionary)
    }

    override func didStart(_ name: XMLName, namespace: XMLName, attributes: XMLAttributes) {
        guard case names.word = namespace else { return }
        switch name {
        case names.style:
            currentId = attributes[names.type] == "paragraph" ? attributes[names.styleId] : nil
            current = StyleSheet.Style()
        case names.name where currentId != nil: current.name = attributes[names.val]
        case names.basedOn where currentId != nil: current.basedOn = attributes[names.val]
        case names.pPr: inParagraphProperties = true
        case names.outlineLvl where inParagraphProperties: current.outlineLevel = attributes[names.val].flatMap { Int($0) }
        // `w:numId` 0 switches numbering off (Word writes it into styles such as Normal).
        case names.numId where inParagraphProperties: current.hasNumbering = attributes[names.val].map { $0 != "0" } ?? false
        default: break
        }
    }

    override func didEnd(_ name: XMLName, namespace: XMLName) {
        guard case names.word = namespace else { return }
        switch name {
        case names.style:
            if let id = currentId { sheet.styles[id] = current }
            currentId = nil
        case names.pPr: inParagraphProperties = false
        default: break
        }
    }

    /// The names this reader compares against, interned once per part.
    private struct Names {
        let word: WordNamespace
        let style, name, basedOn, pPr, outlineLvl, numId: XMLName
        let type, styleId, val: XMLName

        init(_ dictionary: XMLDictionary) {
            word = WordNamespace(dictionary)
            (style, name, basedOn) = (dictionary.intern("style"), dictionary.intern("name"), dictionary.intern("basedOn"))
            (pPr, outlineLvl, numId) = (dictionary.intern("pPr"), dictionary.intern("outlineLvl"), dictionary.intern("numId"))
            (type, styleId, val) = (dictionary.intern("type"), dictionary.intern("styleId"), dictionary.intern("val"))
        }
    }
}
