/// The input formats svcscan reads. Raw values are the names used by `--input-format`.
public enum DocumentFormat: String, CaseIterable, Sendable, Codable {
    case txt
    case md
    case docx
}
