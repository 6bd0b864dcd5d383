/// Builds a `StyleSheet` from the events of a `styles.xml` part.
final class StyleSheetReader: XMLEventHandler {
    private(set) var sheet = StyleSheet()
    private var currentId: String?
    private var current = StyleSheet.Style()
    private var inParagraphProperties = false

    func didStart(_ name: XMLName, attributes: XMLAttributes) {
        guard name.namespace == .word else { return }
        switch name.local {
        case "style":
            currentId = attributes["type"] == "paragraph" ? attributes["styleId"] : nil
            current = StyleSheet.Style()
        case "name" where currentId != nil: current.name = attributes["val"]
        case "basedOn" where currentId != nil: current.basedOn = attributes["val"]
        case "pPr": inParagraphProperties = true
        case "outlineLvl" where inParagraphProperties: current.outlineLevel = attributes["val"].flatMap { Int($0) }
        case "numPr" where inParagraphProperties: current.hasNumbering = true
        default: break
        }
    }

    func didEnd(_ name: XMLName) {
        guard name.namespace == .word else { return }
        switch name.local {
        case "style":
            if let id = currentId { sheet.styles[id] = current }
            currentId = nil
        case "pPr": inParagraphProperties = false
        default: break
        }
    }

    func didRead(_ characters: UnsafeBufferPointer<UInt8>) {}
}
