/// Where in a document an entry applies.
public enum EntryScope: String, Sendable, CaseIterable {
    /// Any text block except headings.
    case any
    /// List items only (and, in experience sections, one-line paragraphs that read as bullets).
    case bullet
    /// The summary or profile section.
    case summary
    case heading
    /// Any sentence of running text (same as `any`, kept for clarity in entries about prose).
    case sentence
}
