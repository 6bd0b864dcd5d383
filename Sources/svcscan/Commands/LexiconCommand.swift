import ArgumentParser
import SvcscanMatcher

/// `svcscan lexicon …`: inspect and validate lexicons.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "List, check or compile lexicon entries.",
        subcommands: [List.self, Check.self, Compile.self]
    )

    /// `svcscan lexicon list`: every entry with its examples; this output is the user documentation.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print every entry with its rationale, seeds and examples.")

        @OptionGroup var lexiconOption: LexiconOption

        func run() throws {
            let lexicon = try lexiconOption.load()
            for entry in lexicon.entries {
                print(EntryDescription.render(entry))
            }
        }
    }

    /// `svcscan lexicon check [DIR]`: validates a lexicon and runs every example.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a lexicon: ids, fields, patterns, and every example. Prints file:line: entry id: problem."
        )

        @Argument(help: "The lexicon folder or compiled file (default: the built-in lexicon).", completion: .file())
        var directory: String?

        func run() throws {
            let lexicon: Lexicon
            do {
                lexicon = try directory.map { try Lexicon.load(path: $0) } ?? Lexicon.embedded()
            } catch let problems as Lexicon.Problems {
                for error in problems.errors { print(error) }
                throw ExitCode(1)
            }
            let errors = LexiconVerifier(lexicon: lexicon).problems()
            for error in errors { print(error) }
            let examples = lexicon.entries.reduce(0) { $0 + $1.examples.flag.count + $1.examples.pass.count + $1.examples.rewrite.count }
            print("\(lexicon.entries.count) entries, \(examples) examples, \(errors.count) problems")
            if !errors.isEmpty { throw ExitCode(1) }
        }
    }
}
