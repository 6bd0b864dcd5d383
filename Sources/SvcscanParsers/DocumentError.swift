/// Why a document could not be read. Rendered as one line by `description`; the caller adds
/// the file name.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(reason: String)
    case empty
    /// Text with no letters or digits in it: blank lines, punctuation, a picture-only DOCX.
    case noWords
    /// A PDF whose pages hold no text, only pictures of it (scanned pages).
    case noTextLayer
    case tooLarge(bytes: Int, limit: Int)
    /// Bytes that are recognisably something other than a document svcscan reads.
    case notADocument(what: String)
    /// An OLE compound file: a legacy `.doc` or a password-protected (encrypted) OOXML file.
    case oleContainer
    case openDocument
    case wordLockFile
    case corruptArchive(reason: String)
    case missingPart(name: String)
    case limitExceeded(what: String, limit: Int)
    case xml(part: String, line: Int, message: String)
    case refusedXML(part: String, reason: String)

    /// The error for a document whose extracted text passes `--max-text-bytes`, alike for every
    /// format that extracts text (DOCX, ODT, PDF).
    public static func extractedTextOverLimit(_ limit: Int) -> DocumentError {
        .limitExceeded(what: "extracted text (bytes; --max-text-bytes)", limit: limit)
    }

    public var description: String {
        switch self {
        case .unreadable(let reason): return "cannot read: \(reason)"
        case .empty: return "empty file (0 bytes)"
        case .noWords: return "no words to read: the text is blank or only punctuation"
        case .noTextLayer: return "scanned pages, no text to read: run OCR first, for example with ocrmypdf"
        case .tooLarge(let bytes, let limit): return "file is \(bytes) bytes, over the \(limit)-byte limit (--max-size)"
        case .notADocument(let what): return "not a document svcscan reads: looks like \(what)"
        case .oleContainer:
            return "an OLE compound file: a password-protected Word file or a legacy .doc; save it as an unprotected .docx"
        case .openDocument: return "an OpenDocument text file (.odt), not DOCX; save it as .docx"
        case .wordLockFile: return "a Word lock file (~$…), not a document"
        case .corruptArchive(let reason): return "broken zip archive: \(reason)"
        case .missingPart(let name): return "not a Word document: no \(name) in the archive"
        case .limitExceeded(let what, let limit): return "\(what) exceeds the limit of \(limit)"
        case .xml(let part, let line, let message): return "malformed XML in \(part) at line \(line): \(message)"
        case .refusedXML(let part, let reason): return "refused XML in \(part): \(reason)"
        }
    }
}
