/// The input formats svcscan reads. Raw values are the names used by `--input-format`.
public enum DocumentFormat: String, CaseIterable, Sendable, Codable {
    case txt
    case md
    case docx
    /// OpenDocument text (LibreOffice's default).
    case odt
    /// PDF, read through poppler's `pdftotext` in a child process.
    case pdf
}
