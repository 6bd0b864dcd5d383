import ArgumentParser
import SvcscanMatcher

/// `--lexicon PATH`: use another lexicon (a folder or a compiled file) instead of the built-in one.
struct LexiconOption: ParsableArguments {
    @Option(name: .long, help: "Load the lexicon from this folder (or a file from `svcscan lexicon compile`) instead of the built-in one.", completion: .file())
    var lexicon: String?

    /// The lexicon to use; prints every problem and exits 2 when it does not load.
    func load() throws -> Lexicon {
        do {
            if let lexicon { return try Lexicon.load(path: lexicon) }
            return try Lexicon.embedded()
        } catch let problems as Lexicon.Problems {
            for error in problems.errors { Diagnostics.printError("lexicon: \(error)") }
            throw ExitCode(2)
        }
    }
}
