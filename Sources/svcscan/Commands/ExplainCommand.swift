import ArgumentParser
import SvcscanMatcher

/// `svcscan explain ID`: one lexicon entry with its rationale, seed sources and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a lexicon entry: why it matters, where it comes from, what it flags."
    )

    @Argument(help: "An entry id, e.g. phrasing.duty.responsible-for (see svcscan lexicon list).")
    var id: String

    @OptionGroup var lexiconOption: LexiconOption

    func run() throws {
        let lexicon = try lexiconOption.load()
        guard let entry = lexicon.entry(id: id) ?? lexicon.entry(id: "trait.\(id)") ?? lexicon.entry(id: "role.\(id)") else {
            Diagnostics.printError("no lexicon entry '\(id)'; svcscan lexicon list shows them all")
            throw ExitCode(2)
        }
        print(EntryDescription.render(entry), terminator: "")
    }
}
