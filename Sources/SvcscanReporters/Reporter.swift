import SvcscanCore

/// Turns finished reports into output text. Reporters compute nothing and open no files; the
/// caller writes what each call returns, in order: `begin`, `file` for each input, `end`.
public protocol Reporter {
    /// Output before the first file.
    mutating func begin(_ tool: ToolInfo) -> String
    /// Output for one input, in input order.
    mutating func file(_ result: FileResult) -> String
    /// The same output handed to `write` in pieces, which a reporter may do to keep a very large
    /// report from being held whole.
    mutating func file(_ result: FileResult, to write: (String) -> Void)
    /// Output after the last file.
    mutating func end(_ summary: RunSummary) -> String
}

extension Reporter {
    public mutating func begin(_ tool: ToolInfo) -> String { "" }
    public mutating func end(_ summary: RunSummary) -> String { "" }
    public mutating func file(_ result: FileResult, to write: (String) -> Void) { write(file(result)) }
}
