extension WordprocessingReader {
    /// The names the reader compares against, interned once per part.
    struct Names {
        let word: WordNamespace
        let markupCompatibility: XMLName
        let alternateContent, choice, fallback: XMLName
        let p, pPr, pStyle, numId, r, t, tbl: XMLName
        let tab, ptab, br, cr, noBreakHyphen, sym: XMLName
        let del, moveFrom, delText, instrText, rPr, fldData: XMLName
        let val, char: XMLName

        init(_ dictionary: XMLDictionary) {
            let intern = dictionary.intern
            word = WordNamespace(dictionary)
            markupCompatibility = intern("http://schemas.openxmlformats.org/markup-compatibility/2006")
            (alternateContent, choice, fallback) = (intern("AlternateContent"), intern("Choice"), intern("Fallback"))
            (p, pPr, pStyle, numId, r, t, tbl) = (intern("p"), intern("pPr"), intern("pStyle"), intern("numId"), intern("r"), intern("t"), intern("tbl"))
            (tab, ptab, br, cr, noBreakHyphen, sym) = (intern("tab"), intern("ptab"), intern("br"), intern("cr"), intern("noBreakHyphen"), intern("sym"))
            (del, moveFrom, delText, instrText, rPr, fldData) = (intern("del"), intern("moveFrom"), intern("delText"), intern("instrText"), intern("rPr"), intern("fldData"))
            (val, char) = (intern("val"), intern("char"))
        }
    }
}
