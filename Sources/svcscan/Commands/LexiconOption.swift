import ArgumentParser
import SvcscanMatcher

/// `--lexicon DIR`: use another lexicon instead of the embedded one.
struct LexiconOption: ParsableArguments {
    @Option(name: .long, help: "Load the lexicon from this folder instead of the built-in one.", completion: .directory)
    var lexicon: String?

    /// The lexicon to use; prints every problem and exits 2 when it does not load.
    func load() throws -> Lexicon {
        do {
            if let lexicon { return try Lexicon.load(directory: lexicon) }
            return try Lexicon.embedded()
        } catch let problems as Lexicon.Problems {
            for error in problems.errors { Diagnostics.printError("lexicon: \(error)") }
            throw ExitCode(2)
        }
    }
}
