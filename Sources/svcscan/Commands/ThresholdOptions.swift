import ArgumentParser
import SvcscanCore

extension Severity: ExpressibleByArgument {}

/// Conditions that make the run exit 1, and where configuration comes from.
struct ThresholdOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Fail (exit 1) when a file scores under this.", valueName: "score"))
    var failUnder: Int?

    @Option(name: .long, help: ArgumentHelp("Fail (exit 1) on any finding at or above this severity: error, warning or suggestion.", valueName: "severity"))
    var failOn: Severity?

    @Option(name: .long, help: ArgumentHelp("Fail unless this trait or role entry reaches a grade (default shown). Repeatable.", valueName: "trait[=claimed|shown|proven]"))
    var require: [String] = []

    @Option(name: .long, help: "Use this configuration file instead of looking for .svcscan.yml.", completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Flag(name: .long, help: "Ignore .svcscan.yml files.")
    var noConfig = false

    func validate() throws {
        if let failUnder, !(0...100).contains(failUnder) { throw ValidationError("--fail-under must be from 0 to 100") }
        if failOn == .info { throw ValidationError("--fail-on must be error, warning or suggestion") }
        if config != nil && noConfig { throw ValidationError("--config and --no-config cannot be used together") }
    }
}
