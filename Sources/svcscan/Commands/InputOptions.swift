import ArgumentParser
import SvcscanCore
import SvcscanParsers

extension DocumentFormat: ExpressibleByArgument {}

/// The options every command that reads documents shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders to read; '-' reads standard input.", completion: .file())
    var paths: [String] = []

    @Option(name: .long, help: "Read every input as this format instead of detecting it (txt, md, docx, odt, pdf).")
    var inputFormat: DocumentFormat?

    @Option(name: .long, help: "Refuse files larger than this many bytes.")
    var maxSize: Int = 50 << 20

    // Zip-bomb and runaway-document limits (issue 6). The defaults never trip on the corpus.
    @Option(name: .long, help: ArgumentHelp("Refuse a DOCX or ODT whose zip lists more entries than this."))
    var maxZipEntries: Int = ExtractionLimits.default.maxEntries

    @Option(name: .long, help: ArgumentHelp("Stop inflating one DOCX or ODT part after this many bytes."))
    var maxEntryBytes: Int = ExtractionLimits.default.maxEntryBytes

    @Option(name: .long, help: ArgumentHelp("Stop inflating one DOCX or ODT after this many bytes, all parts together."))
    var maxTotalBytes: Int = ExtractionLimits.default.maxTotalBytes

    @Option(name: .long, help: ArgumentHelp("Refuse a DOCX or ODT part that inflates more than this many times its compressed size (once past 4 MiB)."))
    var maxInflateRatio: Int = ExtractionLimits.default.maxRatio

    @Option(name: .long, help: ArgumentHelp("Refuse a document holding more than this many bytes of text (a text or Markdown file's size, the text read from a DOCX, ODT or PDF)."))
    var maxTextBytes: Int = DOCXParser.defaultMaxTextBytes

    @Option(name: .long, help: ArgumentHelp("Stop reading a PDF after this many seconds (pdftotext runs in a child process with this much CPU time)."))
    var pdfTimeout: Double = PDFLimits.default.timeout

    @Option(name: .long, help: ArgumentHelp("Read at most this many pages of a PDF."))
    var maxPDFPages: Int = PDFLimits.default.maxPages

    func validate() throws {
        guard pdfTimeout > 0, pdfTimeout.isFinite else { throw ValidationError("--pdf-timeout must be a positive number of seconds") }
        for (flag, value) in [("--max-pdf-pages", maxPDFPages), ("--max-size", maxSize), ("--max-zip-entries", maxZipEntries), ("--max-entry-bytes", maxEntryBytes),
                              ("--max-total-bytes", maxTotalBytes), ("--max-inflate-ratio", maxInflateRatio), ("--max-text-bytes", maxTextBytes)] {
            guard value > 0 else { throw ValidationError("\(flag) must be positive") }
        }
    }

    /// The zip limits the flags ask for.
    var extractionLimits: ExtractionLimits {
        ExtractionLimits(maxEntries: maxZipEntries, maxEntryBytes: maxEntryBytes, maxTotalBytes: maxTotalBytes,
                         maxRatio: maxInflateRatio, ratioThresholdBytes: ExtractionLimits.default.ratioThresholdBytes)
    }

    /// The document loader configured by these flags; use it instead of `DocumentLoader()`.
    var documentLoader: DocumentLoader {
        DocumentLoader(limits: extractionLimits, maxTextBytes: maxTextBytes,
                       pdfLimits: PDFLimits(timeout: pdfTimeout, maxMemoryBytes: PDFLimits.default.maxMemoryBytes, maxPages: maxPDFPages,
                                            maxOutputBytes: PDFLimits.default.maxOutputBytes))
    }

    /// The file reader configured by these flags.
    var inputReader: InputReader {
        InputReader(maxSize: maxSize)
    }

    /// The inputs to read, in order: explicit files as given, folders expanded to their
    /// supported files in sorted order. Throws `ExitCode(2)` after printing usage when there is
    /// nothing to read and standard input is a terminal.
    func sources(usage: String) throws -> [InputSource] {
        if paths.isEmpty {
            guard !Terminal.isTerminal(.standardInput) else {
                Diagnostics.printError(usage)
                throw ExitCode(2)
            }
            return [.standardInput]
        }
        return InputCollector().collect(paths)
    }
}
