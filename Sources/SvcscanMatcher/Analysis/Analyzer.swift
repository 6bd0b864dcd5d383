import SvcscanCore

/// Matches a document against a lexicon and builds its `Report`: located findings, graded
/// evidence, the score with its trace, and the changes that would raise it most.
public struct Analyzer: Sendable {
    public let lexicon: Lexicon
    public let options: AnalysisOptions

    public init(lexicon: Lexicon, options: AnalysisOptions = AnalysisOptions()) {
        self.lexicon = lexicon
        self.options = options
    }

    public func analyze(_ document: Document) -> Report {
        // One pass, block by block: each block's tokens are dropped once it is analysed, so a
        // long document never holds all its tokens and all its findings at once.
        var sections = SectionDetector()
        var kindDetector = DocumentKindDetector()
        var collected = Collected()
        for block in document.blocks {
            let tokens = Tokenizer.tokens(in: block.text)
            let place = sections.next(block, tokens: tokens)
            kindDetector.add(block, tokens: tokens, section: place.section)
            guard !tokens.isEmpty else { continue }
            analyze(BlockContext(block: block, tokens: tokens, section: place.section, isHeading: place.isHeading), into: &collected)
        }
        let kind = kindDetector.kind
        let suppressed = collected.removeSuppressed(document.suppressions)
        // Inputs are read by position alongside the findings, so they are scored first and the
        // findings are then sorted in place (not copied: a long document has tens of thousands).
        let scorer = Scorer(lexicon: lexicon, kind: kind)
        let score = scorer.score(collected.inputs)
        let traits = TraitSummary.statuses(lexicon: lexicon, inputs: collected.inputs, including: isEnabled)
        let improvements = ImprovementPlanner(lexicon: lexicon, scorer: scorer, traits: traits, hints: collected.hints)
            .plan(inputs: collected.inputs, findings: collected.findings)
        var findings = collected.findings
        collected.findings = []
        findings.sort { ($0.span.start, $0.entryID) < ($1.span.start, $1.entryID) }
        return Report(format: document.format, kind: kind, score: score, traits: traits.map(\.status), findings: findings,
                      improvements: improvements, suppressedCount: suppressed, warnings: document.warnings)
    }

    /// Findings and score inputs gathered block by block; `inputs[i]` belongs to `findings[i]`.
    private struct Collected {
        var findings: [Finding] = []
        var inputs: [ScoreInput] = []
        /// The first line of work that could show each entry, by entry position.
        var hints: [Int: LineHint] = [:]

        /// Drops findings silenced by inline comments; returns how many there were.
        mutating func removeSuppressed(_ suppressions: [Suppression]) -> Int {
            guard !suppressions.isEmpty else { return 0 }
            let keep = findings.map { finding in !suppressions.contains { $0.silences(finding.entryID, at: finding.span.start.line) } }
            findings = zip(findings, keep).filter(\.1).map(\.0)
            inputs = zip(inputs, keep).filter(\.1).map(\.0)
            return keep.filter { !$0 }.count
        }
    }

    private struct BlockContext {
        var block: Block
        var tokens: [Token]
        var section: Section
        var isHeading: Bool

        func location(_ offset: Int) -> SourceLocation { block.location(atScalarOffset: offset) }

        func span(_ start: Int, _ end: Int) -> Span { Span(start: location(start), end: location(end)) }

        func text(_ start: Int, _ end: Int) -> String {
            let scalars = block.text.unicodeScalars
            let from = scalars.index(scalars.startIndex, offsetBy: start)
            let to = scalars.index(from, offsetBy: end - start)
            return String(scalars[from..<to])
        }

        /// True for list items, and for any text line inside an experience section.
        var isBullet: Bool { !isHeading && (block.kind == .listItem || section == .experience) }

        func inScope(_ scope: EntryScope) -> Bool {
            switch scope {
            case .heading: return isHeading
            case .any, .sentence: return !isHeading
            case .summary: return !isHeading && section == .summary
            case .bullet: return isBullet
            }
        }
    }

    private func analyze(_ context: BlockContext, into collected: inout Collected) {
        let tokens = context.tokens
        let matches = MatchSelector.select(lexicon.automaton.matches(in: tokens))
        // A behaviour is proven by a measuring number or a business outcome close to it in its
        // sentence (flattened documents run one "sentence" over a whole work history); an outcome
        // does not prove itself, and one that is only aimed at ("to ensure customer satisfaction")
        // proves nothing.
        let measures = tokens.indices.filter { Measure.isMeasure(at: $0, in: tokens) }
        var outcomes: [(start: Int, entry: Int)] = []
        var satisfied: Set<Int> = []
        var opensWithAction: Set<Int> = []
        var actionSentences: Set<Int> = []
        let sentenceStarts = tokens.sentenceStarts()
        // The slots of a rewrite each sentence already answers: whom the work served, with whom,
        // and what came of it.
        var answers = measures.map { (tokens: $0...$0, slot: "result") }
        for match in matches {
            let entry = lexicon.entries[match.label.entry]
            if match.label.role == .unless { satisfied.insert(match.label.entry) }
            if let slot = lexicon.answeredSlot[match.label.entry], match.label.role == .behaviour || match.label.role == .claim {
                answers.append((match.start...match.end, slot))
            }
            // A metric entry's patterns say how a sentence of the writer's own work opens
            // ("Answered", "I trained"): at its first word, or after a first "I".
            if entry.kind == .metric, match.label.role == .phrase, tokens.opening(ofSentenceAt: match.start, starts: sentenceStarts) == match.start {
                actionSentences.insert(tokens[match.start].sentence)
                if tokens[match.start].sentence == 0 { opensWithAction.insert(match.label.entry) }
            }
            // A sentence opening with a duty phrase ("Responsible for quality assurance of the
            // team") describes work the writer did too, however weakly worded.
            if entry.kind == .substitution, tokens.opening(ofSentenceAt: match.start, starts: sentenceStarts) == match.start {
                actionSentences.insert(tokens[match.start].sentence)
            }
            // "to improve productivity" states a purpose, not a result ("led to reduced costs" is one).
            let purpose = match.start > 0 && tokens[match.start - 1].key == "to" && !tokens[match.start].key.hasSuffix("ed")
            if entry.proves, match.label.role == .behaviour, !Negation.isNegated(start: match.start, in: tokens),
               !tokens.anyOf(Self.aimWords, within: 3, before: match.start), !purpose {
                outcomes.append((match.start, match.label.entry))
            }
        }
        func isProven(_ match: PhraseAutomaton.Match) -> Bool {
            let sentence = tokens[match.start].sentence
            let near = max(0, match.start - Self.proofReach.before)...(match.end + Self.proofReach.after)
            return measures.contains { near.contains($0) && tokens[$0].sentence == sentence }
                || outcomes.contains { $0.entry != match.label.entry && near.contains($0.start) && tokens[$0.start].sentence == sentence }
        }
        // Lines of work that could show a trait, for advice on where to show a missing one: a
        // sentence of five words or more, with at most one number ("Email ID" and a phone number
        // in the contact lines are none).
        if !context.isHeading, [.experience, .opening].contains(context.section) {
            for match in matches where match.label.role == .hint && collected.hints[match.label.entry] == nil {
                let sentence = tokens.lazy.filter { $0.sentence == tokens[match.start].sentence }
                guard sentence.count >= 5, sentence.filter(\.isNumber).count <= 1 else { continue }
                collected.hints[match.label.entry] = LineHint(location: context.location(tokens[match.start].start),
                                                              excerpt: Self.sentenceExcerpt(around: match.start, in: context))
            }
        }
        for match in matches where match.label.role != .unless && match.label.role != .hint {
            let entry = lexicon.entries[match.label.entry]
            guard entry.kind != .metric else { continue }
            guard context.inScope(entry.scope), isEnabled(match.label.entry) else { continue }
            let severity = options.severities[entry.id] ?? entry.severity
            let start = tokens[match.start].start, end = tokens[match.end].end
            let span = context.span(start, end)
            let excerpt = context.text(start, end)
            if entry.kind == .evidence {
                guard !Negation.isNegated(start: match.start, in: tokens), !ThingSubject.isAboutAThing(start: match.start, in: tokens) else { continue }
                // A claim word counts as shown inside a sentence of work done ("Kept an organised
                // stock room"); anything named as a skill ("stakeholder management skills") is claimed.
                let inWorkDone = actionSentences.contains(tokens[match.start].sentence) && [.experience, .opening].contains(context.section)
                let grade: EvidenceGrade
                if context.section == .skills || ClaimContext.isClaimed(start: match.start, in: tokens, sentenceStarts: sentenceStarts)
                    || ClaimContext.namesASkill(end: match.end, in: tokens) || (match.label.role == .claim && !inWorkDone) {
                    grade = .claimed
                } else {
                    grade = isProven(match) ? .proven : .shown
                }
                // The entry's message asks for evidence, so it only fits a bare claim.
                let message = grade == .claimed ? entry.message : "\(entry.title) \(grade.rawValue): \(grade == .proven ? "an action with a result" : "an action, without a number or outcome yet")"
                collected.findings.append(Finding(entryID: entry.id, family: entry.family, severity: grade == .claimed ? severity : .info,
                                                  message: message, rationale: entry.rationale,
                                                  suggestion: grade == .proven ? "" : entry.suggestion, span: span, excerpt: excerpt, grade: grade))
                collected.inputs.append(ScoreInput(entry: match.label.entry, grade: grade, location: span.start))
            } else {
                let rewrite = entry.rewrite.flatMap { sentenceRewrite($0, match, context, answers: answers) }
                collected.findings.append(Finding(entryID: entry.id, family: entry.family, severity: severity, message: entry.message,
                                                  rationale: entry.rationale, suggestion: entry.suggestion, span: span, excerpt: excerpt, rewrite: rewrite))
                collected.inputs.append(ScoreInput(entry: match.label.entry, grade: nil, location: span.start))
            }
        }
        checkMetrics(context, hasResult: !measures.isEmpty || !outcomes.isEmpty, satisfied: satisfied,
                     opensWithAction: opensWithAction, into: &collected)
    }

    /// The rewrite of a phrasing finding, built from its whole sentence; nil when no good one
    /// can be made.
    private func sentenceRewrite(_ template: String, _ match: PhraseAutomaton.Match, _ context: BlockContext,
                                 answers: [(tokens: ClosedRange<Int>, slot: String)]) -> Rewrite? {
        let builder = RewriteBuilder(tokens: context.tokens, scalars: Array(context.block.text.unicodeScalars), verbs: lexicon.verbs, answers: answers)
        return builder.rewrite(template: template, match: match).map { Rewrite(span: context.span($0.start, $0.end), replacement: $0.replacement) }
    }

    /// The sentence around a token as the writer wrote it, cut to its first twelve words.
    private static func sentenceExcerpt(around index: Int, in context: BlockContext) -> String {
        let tokens = context.tokens, sentence = tokens[index].sentence
        let words = tokens.indices.filter { tokens[$0].sentence == sentence }
        let shown = words.prefix(12)
        let text = context.text(tokens[shown.first ?? index].start, tokens[shown.last ?? index].end)
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ") + (words.count > shown.count ? " …" : "")
    }

    /// How far from a behaviour (in words, before its first and after its last) a number or an
    /// outcome may stand and still prove it.
    static let proofReach = (before: 3, after: 12)

    /// Words that make an outcome an aim rather than a result when they stand just before it.
    static let aimWords: Set<String> = ["ensure", "ensuring", "ensures", "aim", "aims", "aiming", "aimed", "order", "intended", "goal", "objective", "strive", "striving"]

    /// False when configuration switched the entry at this position off (by id or alias); reads
    /// the fields through the array rather than copying the entry.
    private func isEnabled(_ index: Int) -> Bool {
        options.disabled.isEmpty || !([lexicon.entries[index].id] + lexicon.entries[index].aliases).contains(where: options.disabled.contains)
    }

    /// Metric entries flag an experience bullet of six words or more (a paragraph: eight) with no
    /// number and no outcome. A line with a year is a job's heading line ("Analyst, Acme, 2019 – 2021").
    /// An entry with `patterns` flags only lines that open with one of them: lines about the
    /// writer's own work, not skills or equipment lists, project details or a company's description.
    private func checkMetrics(_ context: BlockContext, hasResult: Bool, satisfied: Set<Int>, opensWithAction: Set<Int>,
                              into collected: inout Collected) {
        let minimum = context.block.kind == .listItem ? 6 : 8
        guard context.section == .experience, context.tokens.count >= minimum, !hasResult,
              !context.tokens.contains(where: \.isYear) else { return }
        for index in lexicon.metricEntries where !satisfied.contains(index) {
            let entry = lexicon.entries[index]
            guard entry.patterns.isEmpty || opensWithAction.contains(index) else { continue }
            guard context.inScope(entry.scope), isEnabled(index) else { continue }
            // The span runs over the bullet's first line, from its first word to its last.
            let firstLine = context.tokens.filter { context.block.location(atScalarOffset: $0.start).line == context.block.line }
            let start = firstLine.first?.start ?? 0, end = firstLine.last?.end ?? context.tokens[0].end
            let span = context.span(start, end)
            collected.findings.append(Finding(entryID: entry.id, family: entry.family, severity: options.severities[entry.id] ?? entry.severity,
                                              message: entry.message, rationale: entry.rationale, suggestion: entry.suggestion, span: span,
                                              excerpt: context.text(start, end)))
            collected.inputs.append(ScoreInput(entry: index, grade: nil, location: span.start))
        }
    }
}
