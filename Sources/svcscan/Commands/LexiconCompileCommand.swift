import ArgumentParser
import Foundation
import SvcscanMatcher

extension LexiconCommand {
    /// `svcscan lexicon compile DIR --output FILE`: checks a lexicon folder and writes it compiled,
    /// so `--lexicon FILE` starts without parsing YAML or compiling patterns.
    struct Compile: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile a lexicon folder into one file that loads much faster (use it with --lexicon FILE)."
        )

        @Argument(help: "The lexicon folder.", completion: .directory)
        var directory: String

        @Option(name: [.short, .long], help: "Where to write the compiled lexicon.", completion: .file())
        var output: String

        func run() throws {
            let lexicon: Lexicon
            do {
                lexicon = try Lexicon.load(path: directory)
            } catch let problems as Lexicon.Problems {
                for error in problems.errors { print(error) }
                throw ExitCode(1)
            }
            do {
                try Data(lexicon.compiled()).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                Diagnostics.printError("\(output): cannot write the compiled lexicon: \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
    }
}
