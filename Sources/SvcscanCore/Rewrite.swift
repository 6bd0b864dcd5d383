/// A suggested replacement built from the writer's own words: `replacement` takes the place of
/// the text at `span`. Square-bracketed parts (`[N]`, `[who]`) are slots for facts only the writer
/// knows; svcscan never fills them in.
public struct Rewrite: Hashable, Sendable {
    public var span: Span
    public var replacement: String

    public init(span: Span, replacement: String) {
        self.span = span
        self.replacement = replacement
    }
}
