import ArgumentParser
import Foundation

/// The `svcscan` command: wires the parsers, matcher and reporters together.
@main
struct Svcscan: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "svcscan",
        abstract: "Shows how well a resume or cover letter shows customer service, and how to say it better.",
        discussion: """
        Reads plain text, Markdown, DOCX, OpenDocument text and PDF (through poppler's pdftotext). Give files, folders (searched recursively; hidden \
        files and unsupported types are skipped), or '-' for standard input; with no argument, \
        standard input is read when it is not a terminal.

        Examples:
          svcscan resume.docx
          cat resume.txt | svcscan
          svcscan ~/resumes/
          svcscan text resume.docx --blocks
          svcscan text resume.pdf
          svcscan --format sarif --fail-on warning resumes/ > svcscan.sarif
          svcscan --require listening=proven --fail-under 60 resume.md

        Exit codes: 0 all inputs read and every threshold passed; 1 a threshold failed \
        (--fail-under, --fail-on, --require); 2 a usage error or an input that could not be read \
        (the other inputs are still reported).
        """,
        version: version,
        subcommands: [ScanCommand.self, TextCommand.self, ExplainCommand.self, LexiconCommand.self, MergeCommand.self],
        defaultSubcommand: ScanCommand.self
    )

    /// Runs the command, mapping usage errors to exit code 2 (ArgumentParser's default is 64) so
    /// scripts see one code for "svcscan could not do what was asked".
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
