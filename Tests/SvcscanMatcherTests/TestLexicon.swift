@testable import SvcscanMatcher
import SvcscanCore

/// A small lexicon written in the tests, so engine behaviour is tested independently of the
/// shipped data.
enum TestLexicon {
    static let classes = """
    classes:
      customers: ["customer~", "client~", "caller~", "guest~"]
      internal: ["team~", "coworker~", "qa team", "other department~"]
    """

    /// A few verb forms, as the shipped `verbs.yml` gives them.
    static let verbs = """
    verbs:
      irregular: {lead: led, run: ran, make: made, write: wrote, build: built, set: set}
      nominalisations: {review: reviewed, preparation: prepared, maintenance: maintained, management: managed, development: developed, installation: installed}
      ing-nouns: [billing, building]
      not-verbs: [during, morning, string, including]
      base-verbs: [maintain]
    """

    /// Entries shared by several tests.
    static let standard = """
    entries:
      - id: trait.patience
        family: trait
        kind: evidence
        title: Patience
        seeds: [002_3e47d299f258dafe]
        weight: 4
        message: Patience is named but not shown.
        rationale: Employers want people who stay calm.
        suggestion: Describe a time you stayed calm.
        claim: ["patient", "patience"]
        behaviour: ["(calm~|reassure~) ... @customers"]
        examples:
          flag: ["⟦Patient⟧ with everyone."]
          pass: ["Not patient."]
      - id: trait.timeliness
        family: trait
        kind: evidence
        title: Timeliness
        seeds: [002_3e47d299f258dafe]
        weight: 3
        message: Timeliness is named but not shown.
        rationale: Deadlines matter.
        suggestion: Show a deadline you met.
        claim: ["punctual"]
        behaviour: ["never ... miss~ ... deadline~", "(deliver~|ship~) ... on time"]
        hints: ["(order~|deliver~)"]
        examples:
          flag: ["⟦Never missed a deadline⟧."]
          pass: ["Missed a deadline."]
      - id: role.outcome
        family: role
        kind: evidence
        title: Business outcome
        seeds: [004_3c154e5a6bf54437]
        weight: {resume: 5, letter: 8}
        proves: true
        message: Outcome named.
        rationale: Results matter.
        suggestion: Name the result.
        behaviour: ["(reduc~|cut~|improv~|rais~) ... (escalation~|churn|satisfaction|retention)"]
        examples:
          flag: ["⟦Reduced churn⟧."]
          pass: ["Churn happens."]
      - id: phrasing.duty.responsible-for
        family: phrasing
        kind: substitution
        title: Duty phrasing
        seeds: [002_3e47d299f258dafe]
        severity: warning
        weight: 2
        message: Duty phrasing says what you were assigned, not what you did.
        rationale: Employers read results.
        suggestion: Start with what you did.
        patterns: ["responsible for", "duties included"]
        rewrite: "{verb} {object} for [who], [result]"
        examples:
          flag: ["⟦Responsible for⟧ billing."]
          pass: ["Billing."]
          rewrite:
            - from: "Responsible for answering customer calls."
              to: "Answered customer calls for [who], [result]."
      - id: phrasing.claim.team-player
        family: phrasing
        kind: existence
        title: Team player
        seeds: [002_3e47d299f258dafe]
        severity: warning
        weight: 2
        message: A claim with no evidence.
        rationale: Anyone can say it.
        suggestion: Show the teamwork.
        patterns: ["team player"]
        examples:
          flag: ["A ⟦team player⟧."]
          pass: ["A team."]
      - id: phrasing.no-outcome
        family: phrasing
        kind: metric
        title: No outcome
        seeds: [004_3c154e5a6bf54437]
        severity: suggestion
        scope: bullet
        weight: 1
        message: This bullet has no number or outcome.
        rationale: Results persuade.
        suggestion: Add a number.
        unless: ["award~"]
        examples:
          flag: ["⟦Answered phones and emails for the front desk⟧"]
          pass: ["Answered 40 calls a day for the front desk"]
    """

    static func make(_ entries: String = standard) throws -> Lexicon {
        try Lexicon.load(files: [("classes.yml", classes), ("entries.yml", entries), ("verbs.yml", verbs)])
    }
}
