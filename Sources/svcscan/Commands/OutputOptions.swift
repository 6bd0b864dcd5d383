import ArgumentParser
import Foundation
import SvcscanReporters

extension OutputFormat: ExpressibleByArgument {}

/// When to colour text output.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never

    /// `auto` colours only a terminal, and only when `NO_COLOR` is unset or empty.
    var isEnabled: Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return !noColor && Terminal.isTerminal(.standardOutput)
        }
    }
}

/// How results are written.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Colour text output: auto (a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Print the score trace: every point and the finding it comes from.")
    var explain = false
}
