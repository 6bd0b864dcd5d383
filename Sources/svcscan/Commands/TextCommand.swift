import ArgumentParser
import SvcscanCore
import SvcscanReporters

/// `svcscan text FILE`: prints the text svcscan extracted, so a user can see what it read.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the text svcscan reads from a document, one block per line.",
        discussion: """
        For plain text and Markdown, line numbers match the source file; for DOCX and ODT each \
        block (paragraph, list item, table cell, heading) is one line; for PDF each line of a page, \
        in reading order, is one line and each page opens with a 'page N' marker line. Locations in svcscan's findings \
        refer to these lines.
        """
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Show each block's kind, level and starting line:column.")
    var blocks = false

    func run() throws {
        let sources = try input.sources(usage: Svcscan.helpMessage(for: TextCommand.self))
        let several = sources.count > 1
        let allRead = DocumentReading(options: input).forEachDocument(sources) { source, document in
            if several { print("==> \(TerminalSafety.clean(source.displayName)) <==") }
            // Control characters from a document must not reach the terminal raw; clean each line
            // so the line breaks themselves survive.
            let view = blocks ? document.debugDump() : document.textView()
            print(view.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalSafety.clean(String($0)) }.joined(separator: "\n"), terminator: "")
        }
        if !allRead { throw ExitCode(2) }
    }
}
