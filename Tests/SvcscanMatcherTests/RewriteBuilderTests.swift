import SvcscanCore
@testable import SvcscanMatcher
import SvcscanParsers
import Testing

/// Rewrites of duty phrasing, built from the writer's whole sentence: what a reviewer would
/// accept, and no rewrite where none would be.
struct RewriteBuilderTests {
    private static let entries = """
    entries:
      - id: role.served-external
        family: role
        kind: evidence
        title: Served external customers
        seeds: [002_3e47d299f258dafe]
        weight: 4
        message: m
        rationale: r
        suggestion: s
        behaviour: ["(answer~|serve~|served) ...3 @customers"]
        examples:
          flag: ["⟦Answered customer⟧ calls."]
          pass: ["No callers."]
      - id: phrasing.duty.responsible-for
        family: phrasing
        kind: substitution
        title: Duty phrasing
        seeds: [002_3e47d299f258dafe]
        weight: 2
        message: m
        rationale: r
        suggestion: s
        patterns: ["(i was)? (responsible for|in charge of)"]
        rewrite: "{verb|Managed} {object} for [who], [result]"
        examples:
          flag: ["⟦Responsible for⟧ billing."]
          pass: ["Billing."]
      - id: phrasing.duty.helped-with
        family: phrasing
        kind: substitution
        title: Helped with
        seeds: [002_3e47d299f258dafe]
        weight: 2
        message: m
        rationale: r
        suggestion: s
        patterns: ["(helped|assisted) (with|in)"]
        rewrite: "{verb} {object} with [team], [result]"
        examples:
          flag: ["⟦Helped with⟧ billing."]
          pass: ["Billing."]
    """

    /// The line rewritten as the report suggests, or the line itself when there is no rewrite.
    private func rewritten(_ line: String) throws -> String {
        let document = try DocumentLoader().load(Array(line.utf8), name: "cv.txt", format: .txt)
        let report = Analyzer(lexicon: try TestLexicon.make(Self.entries)).analyze(document)
        guard let rewrite = report.findings.compactMap(\.rewrite).first else { return line }
        let scalars = Array(line.unicodeScalars)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[..<(rewrite.span.start.column - 1)])
        result.append(contentsOf: rewrite.replacement.unicodeScalars)
        result.append(contentsOf: scalars[(rewrite.span.end.column - 1)...])
        return String(result)
    }

    @Test(arguments: [
        // A noun for a verb, and every coordinated verb, in the past tense.
        ("Responsible for review of loan files and verifying income.", "Reviewed loan files and verified income for [who], [result]."),
        ("Responsible for the preparation of rotas.", "Prepared rotas for [who], [result]."),
        ("Responsible for opening and closing the store.", "Opened and closed the store for [who], [result]."),
        ("Responsible for installation and maintenance of the tills.", "Installed and maintained the tills for [who], [result]."),
        ("Responsible for writing, testing and running the scripts.", "Wrote, tested and ran the scripts for [who], [result]."),
        // An adverb stays before its verb; a base form the verb table knows is made past too.
        ("Responsible for professionally managing the sales cycle.", "Professionally managed the sales cycle for [who], [result]."),
        ("Responsible for lead the desk team.", "Led the desk team for [who], [result]."),
        ("Responsible for maintain the day book and update the rota.", "Maintained the day book and update the rota for [who], [result]."),
        ("Responsible for writing the rota and maintain the day book.", "Wrote the rota and maintained the day book for [who], [result]."),
        ("Responsible for gathering requirements, system analysis, design and testing.", "Gathered requirements, system analysis, design and testing for [who], [result]."),
        ("Responsible for ordering, installation, and maintenance of the tills.", "Ordered, installed, and maintained the tills for [who], [result]."),
        ("Overall in charge of the desk.", "Overall managed the desk for [who], [result]."),
        ("Responsible for planning & running the rota.", "Planned & ran the rota for [who], [result]."),
        ("j. Responsible for leading the desk k. Answering calls.", "j. Led the desk for [who], [result] k. Answering calls."),
        ("Java developer Responsible for designing the booking pages.", "Java developer Designed the booking pages for [who], [result]."),
        // A clause after a comma is the writer's, left as written.
        ("Responsible for leading the desk, cutting waits by 40%.", "Led the desk for [who], cutting waits by 40%."),
        // No verb in the writer's words: the template's own, and nothing made parallel.
        ("Responsible for all maintenance at the depot.", "Managed all maintenance at the depot for [who], [result]."),
        ("Responsible for the dispatching, routing and tracking of vans.", "Managed the dispatching, routing and tracking of vans for [who], [result]."),
        ("Responsible for the mailroom and maintaining the rota.", "Managed the mailroom and maintained the rota for [who], [result]."),
        // Slots only for what is missing.
        ("Responsible for answering customer calls.", "Answered customer calls, [result]."),
        ("Responsible for answering 40 calls a day.", "Answered 40 calls a day for [who]."),
        ("Helped with testing the app with the developers.", "Tested the app with the developers, [result]."),
        ("Responsible for the monthly presentation to the senior management team.", "Managed the monthly presentation to the senior management team, [result]."),
    ])
    func dutyPhrasingBecomesWhatTheWriterDid(line: String, expected: String) throws {
        #expect(try rewritten(line) == expected)
    }

    @Test(arguments: [
        "Helped with the annual stock count.",                           // no verb, and the template has none
        "Their duties: they were responsible for the desk.",             // somebody else's duty
        "The class which is responsible for generating pages.",          // a thing's duty
        "Responsible for daily management of the shop.",                 // "Managed daily management"
        "Responsible for building maintenance rotas.",                   // an -ing noun, not a verb
        "Responsible for the desk (e.g. the morning shift.",              // a bracket the rewrite would cut
        "Responsible for",                                               // nothing to rewrite with
        "Kept the machines assisted in the daily process running.",      // not where the writer's clause starts
        "Helped with testing the G.I. pipes at the plant.",              // a sentence cut at an abbreviation
        "Responsible for seeing patients with Dr. Rao on Mondays.",      // … or at a title
        "The team lead, who was also responsible for the rota.",         // "who was also managed"
        "Responsible for teaching the course “Cells and Life”.",         // a quotation the slots would land in
        "Coordinating projects and responsible for monitoring the rota.", // the writer's own verb form before "and"
        "Company profile: responsible for running cafes in four towns.",  // a company's description
        "Individuals Responsible For Your Care may call you.",            // Title Case, not a new sentence
        "I was responsible for the following:",                            // a line that introduces a list
        "Responsible for checking 52 nos. Valves at the plant.",          // a sentence cut at "nos."
        "Completely responsible for leading the desk.",                   // not "Completely led"
        "Responsible for designing and back-end pages of the portal.",    // "Designed and back-end pages"
        "Responsible for writing code, Maintaining servers, Testing builds.", // a list the verb cannot make parallel
    ])
    func noRewriteWhereNoGoodOneCanBeMade(line: String) throws {
        #expect(try rewritten(line) == line)
    }

    @Test func aRewriteStopsWhereTheNextItemStarts() throws {
        #expect(try rewritten("Responsible for the scope of each release - Description: an internal tool")
            == "Managed the scope of each release for [who], [result] - Description: an internal tool")
    }
}
