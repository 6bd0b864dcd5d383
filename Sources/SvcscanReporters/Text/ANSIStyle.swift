import SvcscanCore

/// ANSI colours for the text report, or none.
struct ANSIStyle {
    var enabled: Bool

    func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }

    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: return paint(text, "31")
        case .warning: return paint(text, "33")
        case .suggestion: return paint(text, "36")
        case .info: return paint(text, "32")
        }
    }

    /// Green for a strong score, yellow for a middling one, red for a weak one.
    func score(_ value: Double, of maximum: Double, _ text: String) -> String {
        let ratio = maximum > 0 ? value / maximum : 0
        return paint(text, ratio >= 0.7 ? "32" : ratio >= 0.4 ? "33" : "31")
    }
}
