import SvcscanCore
@testable import SvcscanMatcher
import SvcscanParsers
import SvcscanTestSupport
import XCTest

final class AnalyzerTests: XCTestCase {
    private func report(_ text: String, format: DocumentFormat = .txt, lexicon: String = TestLexicon.standard) throws -> Report {
        let document = try DocumentLoader().load(Array(text.utf8), name: "cv.\(format.rawValue)", format: format)
        return Analyzer(lexicon: try TestLexicon.make(lexicon)).analyze(document)
    }

    private func grades(_ report: Report, _ id: String) -> [EvidenceGrade] {
        report.findings.filter { $0.entryID == id }.compactMap(\.grade)
    }

    func testTraitNamedInSkillsIsClaimedShownInExperienceAndProvenWithANumber() throws {
        let text = """
        SKILLS
        Patient with people

        EXPERIENCE
        - Calmed frustrated callers whose orders were late
        - Reassured anxious guests, cutting complaints 30%
        """
        let result = try report(text)
        XCTAssertEqual(grades(result, "trait.patience"), [.claimed, .shown, .proven])
        XCTAssertEqual(result.traits.first { $0.entryID == "trait.patience" }?.grade, .proven)
    }

    func testBehaviourListedUnderSkillsCountsOnlyAsAClaim() throws {
        XCTAssertEqual(grades(try report("Skills:\nCalming upset customers\n"), "trait.patience"), [.claimed])
    }

    func testBusinessOutcomeInTheSameSentenceMakesBehaviourProven() throws {
        let result = try report("EXPERIENCE\n- Reassured callers during outages and reduced escalations across the region\n")
        XCTAssertEqual(grades(result, "trait.patience"), [.proven])
        XCTAssertEqual(grades(result, "role.outcome"), [.shown])
    }

    func testABehaviourOfferedAsExperienceOrAWishIsOnlyClaimed() throws {
        for text in ["EXPERIENCE\n- Experienced in calming upset customers\n", "Seeking a role where I can reassure anxious callers.\n",
                     "EXPERIENCE\n- Ability to calm frustrated customers\n",
                     "EXPERIENCE\n- Capable of working long shifts at a busy help desk and of calming frustrated customers\n",
                     "EXPERIENCE\n- At the front desk, known for calming upset customers skills\n"] {
            XCTAssertEqual(grades(try report(text), "trait.patience"), [.claimed], text)
        }
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Calmed upset customers at the counter\n"), "trait.patience"), [.shown])
    }

    func testAQualityNamedInALineOfWorkDoneIsShownUnlessItNamesASkill() throws {
        // The metric entry's patterns say how a line of work opens: "Stayed …", "Answered …".
        let lexicon = TestLexicon.standard.replacingOccurrences(of: "unless: [\"award~\"]", with: "unless: [\"award~\"]\n    patterns: [\"stay~\", \"answer~\"]")
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Stayed patient with callers whose orders were late\n", lexicon: lexicon), "trait.patience"), [.shown])
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Answered calls with patience skills\n", lexicon: lexicon), "trait.patience"), [.claimed])
        XCTAssertEqual(grades(try report("SKILLS\n- Stayed patient with callers\n", lexicon: lexicon), "trait.patience"), [.claimed])
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Patient with callers whose orders were late\n", lexicon: lexicon), "trait.patience"), [.claimed])
    }

    func testTheSizeOfTheWritersTeamIsNoResultButCustomersServedAre() throws {
        for text in ["EXPERIENCE\n- Calmed callers while leading a team of 12\n", "EXPERIENCE\n- Calmed callers with 3 new hires\n"] {
            XCTAssertEqual(grades(try report(text), "trait.patience"), [.shown], text)
        }
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Calmed 40 callers a day\n"), "trait.patience"), [.proven])
    }

    func testAListItemsOwnNumberIsNoResult() throws {
        XCTAssertEqual(grades(try report("EXPERIENCE\n17. Calmed callers at the help desk\n"), "trait.patience"), [.shown])
        XCTAssertEqual(grades(try report("EXPERIENCE\n3) Calmed callers at the help desk\n"), "trait.patience"), [.shown])
        XCTAssertEqual(grades(try report("EXPERIENCE\n40 calmed callers a week at the help desk\n"), "trait.patience"), [.proven])
    }

    func testYearsAreNotOutcomes() throws {
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Calmed callers at the help desk in 2019\n"), "trait.patience"), [.shown])
    }

    func testALabelLineNamingSkillsIsAClaimAndACapitalTitleIsNoEvidence() throws {
        let text = "EXPERIENCE\n\nKey skills: calming upset customers, billing\n\nREASSURED CUSTOMERS\n\n- Calmed upset customers at the desk\n"
        let result = try report(text)
        XCTAssertEqual(grades(result, "trait.patience"), [.claimed, .shown])
        XCTAssertEqual(result.findings.filter { $0.entryID == "trait.patience" }.map(\.span.start.line), [3, 7])
    }

    func testAQualityNamedInADutyLineOfWorkIsShown() throws {
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Responsible for patience training of the desk staff\n"), "trait.patience"), [.shown])
        XCTAssertEqual(grades(try report("SUMMARY\nKnown for patience with everyone\n"), "trait.patience"), [.claimed])
    }

    func testALabelInCapitalsNamesItsSectionLikeAStyledHeading() throws {
        let text = "CORE COMPETENCIES\n- Patient with people\n\nORGANISATIONAL EXPERIENCE\n- Calmed upset customers at the desk\n"
        XCTAssertEqual(grades(try report(text), "trait.patience"), [.claimed, .shown])
    }

    func testABulletStyledAsAHeadingIsStillTheWritersEvidenceButATitleIsNot() throws {
        let text = """
        ## Experience

        ### Calmed upset customers at the front desk of a busy clinic every day.

        ### Calmed Upset Customers Desk Lead
        """
        let result = try report(text, format: .md)
        XCTAssertEqual(result.findings.filter { $0.entryID == "trait.patience" }.map(\.span.start.line), [3])
    }

    func testAProjectsDescriptionIsNotTheWritersEvidence() throws {
        for text in ["Project Description: the portal lets agents calm frustrated callers.", "The application helps staff reassure anxious patients.\n"] {
            XCTAssertEqual(grades(try report(text), "trait.patience"), [], text)
        }
    }

    func testSpecificationsVersionsLabelsAndRoundTheClockMeasureNothing() throws {
        for line in ["Calmed callers about the 15 HP pumps", "Calmed callers after the Oracle 10g upgrade", "Calmed callers about 2000kVA outages",
                     "Calmed callers of grades 9, 10 and 11", "Calmed callers in Phase 2", "Calmed callers 24/7", "Calmed callers at the 20th Annual Meeting"] {
            XCTAssertEqual(grades(try report("EXPERIENCE\n- \(line)\n"), "trait.patience"), [.shown], line)
        }
        for line in ["Calmed 15 callers a day", "Calmed callers, cutting complaints 30%", "Calmed callers and ranked 2nd of 40 agents"] {
            XCTAssertEqual(grades(try report("EXPERIENCE\n- \(line)\n"), "trait.patience"), [.proven], line)
        }
    }

    func testAPurposeIsNoResultAndAnObjectiveIsAWish() throws {
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Calmed callers to reduce churn\n"), "trait.patience"), [.shown])
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Calmed callers, which reduced churn\n"), "trait.patience"), [.proven])
        XCTAssertEqual(grades(try report("To calm anxious guests at a hotel that values service.\n"), "trait.patience"), [.claimed])
    }

    func testOnlyANumberOrOutcomeNearTheBehaviourProvesIt() throws {
        let far = "EXPERIENCE\n- Calmed callers at the help desk and then later on also looked after the weekly rota for the whole regional team of 40\n"
        XCTAssertEqual(grades(try report(far), "trait.patience"), [.shown])
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Calmed callers to ensure satisfaction and reduce churn\n"), "trait.patience"), [.shown])
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Calmed callers on HTML5 forms\n"), "trait.patience"), [.shown])
    }

    func testDatesAndYearsOfServiceAreNotMeasuresButCountsAre() throws {
        for text in ["EXPERIENCE\n- Calmed callers at the help desk for 6 years\n", "EXPERIENCE\n- Calmed callers at the help desk from 12/05/2018\n",
                     "EXPERIENCE\n- Calmed callers at the help desk since March 3, 2021\n"] {
            XCTAssertEqual(grades(try report(text), "trait.patience"), [.shown], text)
        }
        XCTAssertEqual(grades(try report("EXPERIENCE\n- Calmed 30 callers a day at the help desk\n"), "trait.patience"), [.proven])
    }

    func testNegatedTraitIsNotEvidence() throws {
        for text in ["I am not patient with waste.", "Colleagues noted a lack of patience.", "I never calmed an angry caller."] {
            XCTAssertTrue(grades(try report(text), "trait.patience").isEmpty, text)
        }
    }

    func testNeverMissedADeadlineIsPositiveEvidence() throws {
        let result = try report("EXPERIENCE\n- Never once missed a quarterly deadline\n")
        XCTAssertEqual(grades(result, "trait.timeliness"), [.shown])
    }

    func testMatchingIgnoresCaseQuotesDashesLigaturesAndNonBreakingSpaces() throws {
        let result = try report("EXPERIENCE\n- REASSURED the o\u{FB03}ce\u{2019}s CALLERS\u{00A0}today\n- \u{201C}Responsible\u{00A0}for\u{201D} billing\u{2014}daily\n")
        XCTAssertEqual(grades(result, "trait.patience"), [.shown])
        XCTAssertEqual(result.findings.first { $0.entryID == "phrasing.duty.responsible-for" }?.excerpt, "Responsible\u{00A0}for")
    }

    func testLocationsAreLineAndScalarColumnOfTheUsersFile() throws {
        let result = try report("Zoë — café\n\n  Known as “very” patient.\n")
        let finding = try XCTUnwrap(result.findings.first { $0.entryID == "trait.patience" })
        XCTAssertEqual(finding.span, Span(start: SourceLocation(line: 3, column: 19), end: SourceLocation(line: 3, column: 26)))
        XCTAssertEqual(finding.excerpt, "patient")
    }

    func testMarkdownLocationsSkipStrippedMarkup() throws {
        let result = try report("# Summary\n\n**Known** as [very](http://x.example) _patient_.\n", format: .md)
        let finding = try XCTUnwrap(result.findings.first { $0.entryID == "trait.patience" })
        XCTAssertEqual(finding.span.start, SourceLocation(line: 3, column: 40))
    }

    func testStuffingATraitEarnsOnlyItsBestEvidencePlusALittle() throws {
        let once = try report("EXPERIENCE\n- Calmed callers\n")
        let many = try report("EXPERIENCE\n" + String(repeating: "- Calmed callers\n", count: 50))
        let patienceOnce = once.score.trace.filter { $0.entryID == "trait.patience" }.reduce(0) { $0 + $1.points }
        let patienceMany = many.score.trace.filter { $0.entryID == "trait.patience" }.reduce(0) { $0 + $1.points }
        XCTAssertEqual(patienceOnce, 3.0)
        XCTAssertEqual(patienceMany, 3.8, accuracy: 0.001)
    }

    func testEveryPointOfTheScoreIsInTheTrace() throws {
        let result = try report("SUMMARY\nA team player.\n\nEXPERIENCE\n- Responsible for billing and invoices at the front desk\n- Calmed callers, cutting escalations 20%\n")
        let traced = result.score.trace.reduce(0) { $0 + $1.points }
        let parts = result.score.parts.reduce(0) { $0 + $1.points }
        XCTAssertEqual(traced, parts, accuracy: 0.001)
        XCTAssertEqual(result.score.total, Int((parts).rounded()))
        XCTAssertTrue(result.score.trace.contains { $0.entryID == "phrasing.claim.team-player" && $0.points == -2 })
    }

    func testSameResumeAsTextMarkdownAndDOCXScoresTheSame() throws {
        let text = try report("SUMMARY\nPatient and punctual.\n\nEXPERIENCE\n- Responsible for calming callers\n- Reduced churn 12% by reassuring clients\n")
        let markdown = try report("## Summary\n\nPatient and punctual.\n\n## Experience\n\n- Responsible for calming callers\n- Reduced churn 12% by reassuring clients\n", format: .md)
        var fixture = DOCXFixture(body: DOCXFixture.paragraph("Summary", style: "Heading2") + DOCXFixture.paragraph("Patient and punctual.")
            + DOCXFixture.paragraph("Experience", style: "Heading2") + DOCXFixture.paragraph("Responsible for calming callers", numbered: true)
            + DOCXFixture.paragraph("Reduced churn 12% by reassuring clients", numbered: true))
        fixture.styles = [("Heading2", "heading 2")]
        let docx = Analyzer(lexicon: try TestLexicon.make()).analyze(try DOCXParser().parse(fixture.bytes()))
        XCTAssertEqual(text.score.total, markdown.score.total)
        XCTAssertEqual(text.score.total, docx.score.total)
        XCTAssertEqual(text.score.parts, docx.score.parts)
        XCTAssertEqual(text.findings.map(\.entryID), docx.findings.map(\.entryID))
        // The same rewrites, whatever the format.
        let rewrites = text.findings.compactMap(\.rewrite?.replacement)
        XCTAssertEqual(rewrites, ["Calmed callers for [who], [result]"])
        XCTAssertEqual(markdown.findings.compactMap(\.rewrite?.replacement), rewrites)
        XCTAssertEqual(docx.findings.compactMap(\.rewrite?.replacement), rewrites)
    }

    func testSameInputGivesTheSameReportEveryTime() throws {
        let text = "SUMMARY\nPatient.\n\nEXPERIENCE\n- Responsible for billing clients every week at the desk\n- Calmed callers\n"
        let first = try report(text), second = try report(text)
        XCTAssertEqual(first.score, second.score)
        XCTAssertEqual(first.findings, second.findings)
        XCTAssertEqual(first.improvements, second.improvements)
    }

    func testDutyPhraseRewriteCarriesTheWritersOwnWords() throws {
        let result = try report("EXPERIENCE\n- Responsible for managing the front desk schedule.\n")
        let finding = try XCTUnwrap(result.findings.first { $0.entryID == "phrasing.duty.responsible-for" })
        XCTAssertEqual(finding.rewrite?.replacement, "Managed the front desk schedule for [who], [result]")
        XCTAssertEqual(finding.rewrite?.span.start, SourceLocation(line: 2, column: 3))
        XCTAssertEqual(finding.rewrite?.span.end, SourceLocation(line: 2, column: 51))
    }

    func testARewriteOfAWrappedBulletIsOneLine() throws {
        let result = try report("EXPERIENCE\n- Responsible for managing the front\n  desk schedule.\n")
        let finding = try XCTUnwrap(result.findings.first { $0.entryID == "phrasing.duty.responsible-for" })
        XCTAssertEqual(finding.rewrite?.replacement, "Managed the front desk schedule for [who], [result]")
        XCTAssertEqual(finding.rewrite?.span.end, SourceLocation(line: 3, column: 16))
    }

    func testNoRewriteWhenTheWritersWordsGiveNoVerbAndTheTemplateNone() throws {
        let result = try report("EXPERIENCE\n- Duties included the front desk\n")
        let finding = try XCTUnwrap(result.findings.first { $0.entryID == "phrasing.duty.responsible-for" })
        XCTAssertNil(finding.rewrite)
        XCTAssertFalse(finding.suggestion.isEmpty)
    }

    func testExperienceBulletWithoutNumberOrOutcomeIsFlaggedButNotOneWithANumber() throws {
        let result = try report("EXPERIENCE\n- Answered phones and emails for the busy front desk\n- Answered 40 calls a day for the busy front desk\n- Won service awards from the regional office team\n")
        XCTAssertEqual(result.findings.filter { $0.entryID == "phrasing.no-outcome" }.map(\.span.start.line), [2])
    }

    func testCoverLetterIsDetectedAndWeightedForRoleInTheBusiness() throws {
        let letter = """
        Dear Hiring Manager,

        I am writing to apply for the support lead role at Northwind. At Fernhill Clinic I reassured anxious patients and their families every day, and I reduced churn in our membership programme by calling every lapsed member myself.

        I would bring the same care to your customers and to the teams who depend on support to keep their promises to them, and I would welcome the chance to talk.

        Sincerely,
        Rosa Delgado
        """
        let result = try report(letter)
        XCTAssertEqual(result.kind, .coverLetter)
        XCTAssertEqual(result.score.parts.first { $0.family == .role }?.maximum, 40)
        XCTAssertEqual(result.score.trace.first { $0.entryID == "role.outcome" }?.points, 6.0)
        XCTAssertEqual(try report("SUMMARY\nPatient.\n\nEXPERIENCE\n- Calmed callers\n").kind, .resume)
    }

    func testASalutationAndFirstPersonProseMakeALetterEvenWithoutASignOff() throws {
        let letter = """
        Ms. Ines Okafor, Harbor Transit, 12 Quay Street

        Dear Ms. Okafor,

        I have worked as a conductor for six years, and my proudest work has been helping new conductors find their feet. I rebuilt my own knowledge of the rule book from scratch and turned my notes into a short course for the crews I work with.

        I would like to bring that care to Harbor Transit, where I know my work would serve passengers and the crews who look after them. I hope we can talk soon about how I could help.
        """
        XCTAssertEqual(try report(letter).kind, .coverLetter)
        let resume = "SUMMARY\nI am a conductor with six years on the line.\n\nEXPERIENCE\n- Trained new conductors\n\nEDUCATION\n- Rail safety course\n"
        XCTAssertEqual(try report(resume).kind, .resume)
    }

    func testPhrasingIsEarnedWithEvidenceSoANearEmptyDocumentScoresNearZero() throws {
        let empty = try report("Dana Reyes\nSeattle\n")
        XCTAssertEqual(empty.score.total, 0)
        XCTAssertEqual(empty.score.parts.first { $0.family == .phrasing }?.points, 0)
        let shown = try report("EXPERIENCE\n- Calmed callers, which reduced churn by 30%\n")
        // Patience proven (4) and a business outcome proven by the number (5): 9 of the 40 that earn phrasing in full.
        XCTAssertEqual(shown.score.parts.first { $0.family == .phrasing }?.points ?? 0, 20 * 9 / 40, accuracy: 0.01)
        XCTAssertTrue(shown.score.trace.contains { $0.reason.hasPrefix("phrasing starts at 20 × 9/40") })
    }

    func testAdviceForAMissingTraitNamesTheLineThatCouldShowItAndAClaimQuotesItsLine() throws {
        let result = try report("SKILLS\nPatient\n\nEXPERIENCE\n- Packed online orders for the weekend market stall\n")
        let timeliness = try XCTUnwrap(result.improvements.first { $0.entryID == "trait.timeliness" })
        XCTAssertEqual(timeliness.location, SourceLocation(line: 5, column: 17))
        XCTAssertTrue(timeliness.message.contains("line 5 (\"Packed online orders for the weekend market stall\") could show it"), timeliness.message)
        let patience = try XCTUnwrap(result.improvements.first { $0.entryID == "trait.patience" })
        XCTAssertTrue(patience.message.contains("(line 2: \"Patient\")"), patience.message)
    }

    func testImprovementsListTheChangesWorthMostPointsFirst() throws {
        let result = try report("SUMMARY\nA team player.\n\nEXPERIENCE\n- Calmed callers\n")
        XCTAssertFalse(result.improvements.isEmpty)
        XCTAssertLessThanOrEqual(result.improvements.count, 5)
        XCTAssertEqual(result.improvements.map(\.points), result.improvements.map(\.points).sorted(by: >))
        XCTAssertEqual(result.improvements.first?.entryID, "role.outcome")
    }

    func testAnExceptPatternCancelsTheMatchItOverlapsAndNoOther() throws {
        let entries = TestLexicon.standard + "\n" + """
          - id: trait.ownership
            family: trait
            kind: evidence
            title: Ownership
            seeds: [002_3e47d299f258dafe]
            weight: 5
            message: Ownership is named but not shown.
            rationale: Employers want people who own outcomes.
            suggestion: Show what you took charge of.
            behaviour: ["led ...3 (team~|campaign~|rise)"]
            except: ["led to"]
            examples:
              flag: ["⟦Led the spring campaign⟧."]
              pass: ["Revamped the emails, which led to a rise in replies."]
        """
        let analyzer = Analyzer(lexicon: try TestLexicon.make(entries))
        func ownership(_ text: String) throws -> [EvidenceGrade] {
            let document = try DocumentLoader().load(Array(text.utf8), name: "cv.txt", format: .txt)
            return analyzer.analyze(document).findings.filter { $0.entryID == "trait.ownership" }.compactMap(\.grade)
        }
        XCTAssertEqual(try ownership("Revamped the emails, which led to a rise in replies."), [])
        XCTAssertEqual(try ownership("EXPERIENCE\n- Led the support team; the change led to a rise in replies\n"), [.shown])
    }

    func testRewritingAnyFlagOfAnEntryOffersTheSameGain() throws {
        let evidence = "EXPERIENCE\n- Calmed callers, which reduced churn by 30%\n- Never missed a deadline in 40 projects\n"
        let text = evidence + String(repeating: "- Responsible for billing at the front desk\n", count: 3)
        let rewrites = try report(text).improvements.filter { $0.entryID == "phrasing.duty.responsible-for" }
        XCTAssertGreaterThanOrEqual(rewrites.count, 2)
        XCTAssertEqual(Set(rewrites.map(\.points)), [1.0])
    }
}
