/// What a block is in the document's structure.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
    /// A heading; `Block.level` is its level (1 = top).
    case heading
    case paragraph
    /// A list item; `Block.level` is its nesting depth (1 = outermost).
    case listItem = "list-item"
    /// The text of one table cell; `Block.level` is the table nesting depth.
    case tableCell = "table-cell"
}
