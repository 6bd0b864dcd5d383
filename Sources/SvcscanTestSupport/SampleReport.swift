import SvcscanCore

/// One fixed report, built by hand, that every reporter's golden test formats.
public enum SampleReport {
    public static let path = "<PATH>/resume.md"

    public static func make() -> Report {
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(line: line, column: column) }
        let findings = [
            Finding(entryID: "phrasing.duty.responsible-for", family: .phrasing, severity: .warning,
                    message: "'Responsible for' describes an assignment, not an action; lead with what you did.",
                    rationale: "Employers read results, not job descriptions.", suggestion: "Start with the verb.",
                    span: Span(start: at(9, 3), end: at(9, 18)), excerpt: "Responsible for",
                    rewrite: Rewrite(span: Span(start: at(9, 3), end: at(9, 42)), replacement: "Answered customer calls for [who], [result]")),
            Finding(entryID: "trait.patience", family: .trait, severity: .info, message: "Patience proven: an action with a result",
                    rationale: "Calm service keeps customers.", span: Span(start: at(10, 3), end: at(10, 28)),
                    excerpt: "Calmed frustrated callers", grade: .proven),
            Finding(entryID: "trait.kindness", family: .trait, severity: .suggestion, message: "Empathy is named but not shown.",
                    rationale: "Customers remember how they were treated.", suggestion: "Describe someone you helped in a hard moment.",
                    span: Span(start: at(5, 1), end: at(5, 5)), excerpt: "Kind\u{1B}[31m", grade: .claimed),
        ].sorted { $0.span < $1.span }
        let trace = [
            Score.Step(family: .trait, entryID: "trait.patience", points: 4, reason: "proven at 10:3 (weight 4 × 1)", location: at(10, 3)),
            Score.Step(family: .trait, entryID: "trait.kindness", points: 1, reason: "claimed at 5:1 (weight 4 × 0.25)", location: at(5, 1)),
            Score.Step(family: .phrasing, entryID: "phrasing", points: 20, reason: "phrasing starts at its maximum", location: nil),
            Score.Step(family: .phrasing, entryID: "phrasing.duty.responsible-for", points: -2, reason: "flagged at 9:3 (weight 2)", location: at(9, 3)),
        ]
        let score = Score(total: 23, parts: [
            Score.Part(family: .trait, points: 5, maximum: 50),
            Score.Part(family: .role, points: 0, maximum: 30),
            Score.Part(family: .phrasing, points: 18, maximum: 20),
        ], trace: trace)
        let traits = [
            TraitStatus(entryID: "trait.patience", family: .trait, title: "Patience", grade: .proven, location: at(10, 3)),
            TraitStatus(entryID: "trait.kindness", family: .trait, title: "Kindness and empathy", grade: .claimed, location: at(5, 1)),
            TraitStatus(entryID: "trait.listening", family: .trait, title: "Active listening", grade: .missing, location: nil),
            TraitStatus(entryID: "role.outcome", family: .role, title: "Business outcome", grade: .missing, location: nil),
        ]
        let improvements = [
            Improvement(entryID: "role.outcome", message: "Show business outcome: name the result.", points: 3.7, location: nil),
            Improvement(entryID: "phrasing.duty.responsible-for", message: "Rewrite \"Responsible for\"", points: 2, location: at(9, 3)),
        ]
        var report = Report(format: .md, kind: .resume, score: score, traits: traits, findings: findings, improvements: improvements)
        // The document as `svcscan text` shows it; only the HTML report prints it.
        report.text = ["# Ana <Ruiz> & Co", "", "## Summary", "", "Kind\u{1B}[31m and patient with every caller.", "", "## Experience", "",
                       "- Responsible for customer calls at the help desk.", "- Calmed frustrated callers and kept 98% satisfaction."]
        return report
    }
}
