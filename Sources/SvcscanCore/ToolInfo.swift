/// The tool's identity and rules, for reporters that describe the run (JSON, SARIF, CSV).
public struct ToolInfo: Sendable {
    public var name: String
    public var version: String
    /// Every lexicon entry, in lexicon order.
    public var rules: [Rule]

    public init(name: String, version: String, rules: [Rule]) {
        self.name = name
        self.version = version
        self.rules = rules
    }
}
