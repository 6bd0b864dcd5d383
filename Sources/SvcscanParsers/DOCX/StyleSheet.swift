/// What svcscan needs from `styles.xml`: which paragraph styles are headings (and their level)
/// and which are list styles, following `basedOn` chains.
struct StyleSheet {
    struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var hasNumbering = false
    }

    var styles: [String: Style] = [:]

    /// What a paragraph style makes of its paragraphs.
    enum Kind: Equatable {
        /// A heading of this level (1-based).
        case heading(Int)
        case list
        case body
    }

    /// The kind of paragraphs with this style id: a heading level wins over list numbering.
    func kind(of styleId: String) -> Kind {
        if let level = headingLevel(of: styleId) { return .heading(level) }
        return isList(styleId) ? .list : .body
    }

    /// The heading level (1-based) of a paragraph style id, or nil when it is not a heading.
    /// Without `styles.xml`, ids such as `Heading2` still count.
    func headingLevel(of styleId: String) -> Int? {
        var id: String? = styleId
        var hops = 0
        while let current = id, hops < 16 {
            guard let style = styles[current] else { return Self.levelFromName(current) }
            if let level = style.name.flatMap(Self.levelFromName) { return level }
            if let level = style.outlineLevel, level < 9 { return level + 1 }
            id = style.basedOn
            hops += 1
        }
        return nil
    }

    /// True when paragraphs of this style are list items (numbered through the style, or named
    /// like "List Bullet").
    func isList(_ styleId: String) -> Bool {
        var id: String? = styleId
        var hops = 0
        while let current = id, hops < 16, let style = styles[current] {
            if style.hasNumbering { return true }
            if let name = style.name?.lowercased(), name.hasPrefix("list"), name != "list paragraph" { return true }
            id = style.basedOn
            hops += 1
        }
        return false
    }

    /// True for the built-in style ids whose kind Word fixes (`Heading1`…`Heading9`, `Title`,
    /// `Normal`, `ListParagraph`): without `styles.xml` they read the same, so a document that
    /// uses no other paragraph style needs no style sheet.
    static func isSelfEvident(_ styleId: String) -> Bool {
        switch styleId {
        case "Title", "Normal", "ListParagraph": return true
        default: return styleId.count == 8 && styleId.hasPrefix("Heading") && ("1"..."9").contains(styleId.last!)
        }
    }

    /// "heading 2" / "Heading2" → 2; "Title" → 1.
    private static func levelFromName(_ name: String) -> Int? {
        let lower = name.lowercased().filter { $0 != " " }
        if lower == "title" { return 1 }
        guard lower.hasPrefix("heading"), let level = Int(lower.dropFirst("heading".count)), (1...9).contains(level) else { return nil }
        return level
    }
}
