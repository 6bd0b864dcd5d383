import SvcscanCore

/// Turns a finished `Report` into text. Reporters compute nothing and open no files.
public protocol Reporter {
    /// The output for one document; `path` is the name to show (`-` for standard input).
    func render(path: String, report: Report) -> String
}
