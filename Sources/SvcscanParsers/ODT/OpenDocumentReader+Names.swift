extension OpenDocumentReader {
    /// The OpenDocument names the reader compares against, interned once per part.
    struct Names {
        let text, office, table, style, svg: XMLName
        let p, h, list, noteBody, noteCitation, s, tab, lineBreak, trackedChanges: XMLName
        let tableElement, annotation, title, desc: XMLName
        let styleElement, header, footer, headerLeft, footerLeft, headerFirst, footerFirst: XMLName
        let styleName, outlineLevel, c, name, displayName, parentStyleName, defaultOutlineLevel: XMLName

        init(_ dictionary: XMLDictionary) {
            let intern = dictionary.intern
            text = intern("urn:oasis:names:tc:opendocument:xmlns:text:1.0")
            office = intern("urn:oasis:names:tc:opendocument:xmlns:office:1.0")
            table = intern("urn:oasis:names:tc:opendocument:xmlns:table:1.0")
            style = intern("urn:oasis:names:tc:opendocument:xmlns:style:1.0")
            svg = intern("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")
            (p, h, list, noteBody, noteCitation) = (intern("p"), intern("h"), intern("list"), intern("note-body"), intern("note-citation"))
            (s, tab, lineBreak, trackedChanges) = (intern("s"), intern("tab"), intern("line-break"), intern("tracked-changes"))
            tableElement = intern("table")
            (annotation, title, desc) = (intern("annotation"), intern("title"), intern("desc"))
            (styleElement, header, footer) = (intern("style"), intern("header"), intern("footer"))
            (headerLeft, footerLeft, headerFirst, footerFirst) = (intern("header-left"), intern("footer-left"), intern("header-first"), intern("footer-first"))
            (styleName, outlineLevel, c, name) = (intern("style-name"), intern("outline-level"), intern("c"), intern("name"))
            (displayName, parentStyleName, defaultOutlineLevel) = (intern("display-name"), intern("parent-style-name"), intern("default-outline-level"))
        }
    }
}
