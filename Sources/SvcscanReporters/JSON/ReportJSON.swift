import SvcscanCore

/// The JSON shapes svcscan writes (`--format json` and `jsonl`); `docs/report.schema.json` is
/// their schema. Lines and columns are 1-based; columns count Unicode scalars. For DOCX a line
/// is the block's number in the `svcscan text` view.
enum ReportJSON {
    static let schemaVersion = 1

    struct Position: Encodable {
        var line: Int
        var column: Int

        init(_ location: SourceLocation) {
            line = location.line
            column = location.column
        }
    }

    struct Region: Encodable {
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int

        init(_ span: Span) {
            line = span.start.line
            column = span.start.column
            endLine = span.end.line
            endColumn = span.end.column
        }
    }

    struct RewriteJSON: Encodable {
        var replacement: String
        var region: Region
    }

    struct FindingJSON: Encodable {
        var id: String
        var family: String
        var severity: String
        var message: String
        var rationale: String
        var suggestion: String
        var region: Region
        var excerpt: String
        var grade: String?
        var rewrite: RewriteJSON?

        init(_ finding: Finding) {
            id = finding.entryID
            family = finding.family.rawValue
            severity = finding.severity.rawValue
            message = finding.message
            rationale = finding.rationale
            suggestion = finding.suggestion
            region = Region(finding.span)
            excerpt = finding.excerpt
            grade = finding.grade?.rawValue
            rewrite = finding.rewrite.map { RewriteJSON(replacement: $0.replacement, region: Region($0.span)) }
        }
    }

    struct PartJSON: Encodable {
        var family: String
        var points: Double
        var maximum: Double
    }

    struct StepJSON: Encodable {
        var family: String
        var id: String
        var points: Double
        var reason: String
        var position: Position?
    }

    struct ScoreJSON: Encodable {
        var total: Int
        var parts: [PartJSON]
        var trace: [StepJSON]

        init(_ score: Score) {
            total = score.total
            parts = score.parts.map { PartJSON(family: $0.family.rawValue, points: $0.points, maximum: $0.maximum) }
            trace = score.trace.map { StepJSON(family: $0.family.rawValue, id: $0.entryID, points: $0.points, reason: $0.reason, position: $0.location.map(Position.init)) }
        }
    }

    struct TraitJSON: Encodable {
        var id: String
        var family: String
        var title: String
        var grade: String
        var position: Position?
    }

    struct ImprovementJSON: Encodable {
        var id: String
        var message: String
        var points: Double
        var position: Position?
    }

    struct ThresholdsJSON: Encodable {
        var passed: Bool
        var failures: [String]
    }

    /// One input: either a full report or an `error`.
    struct FileJSON: Encodable {
        var path: String
        var error: String?
        var format: String?
        var kind: String?
        var score: ScoreJSON?
        var traits: [TraitJSON]?
        var findings: [FindingJSON]?
        var improvements: [ImprovementJSON]?
        var suppressed: Int?
        var warnings: [String]?
        var thresholds: ThresholdsJSON?

        init(_ result: FileResult) {
            path = result.path
            switch result.outcome {
            case .failure(let message):
                error = message
            case .report(let report):
                format = report.format.rawValue
                kind = report.kind.rawValue
                score = ScoreJSON(report.score)
                traits = report.traits.map { TraitJSON(id: $0.entryID, family: $0.family.rawValue, title: $0.title, grade: $0.grade.rawValue, position: $0.location.map(Position.init)) }
                findings = report.findings.map(FindingJSON.init)
                improvements = report.improvements.map { ImprovementJSON(id: $0.entryID, message: $0.message, points: $0.points, position: $0.location.map(Position.init)) }
                suppressed = report.suppressedCount
                warnings = report.warnings
                thresholds = ThresholdsJSON(passed: result.thresholdFailures.isEmpty, failures: result.thresholdFailures)
            }
        }
    }

    struct ToolJSON: Encodable {
        var name: String
        var version: String
    }

    struct CountJSON: Encodable {
        var id: String
        var files: Int
    }

    struct FailureJSON: Encodable {
        var path: String
        var error: String
    }

    /// The batch as a whole: score distribution, commonest gaps and weak phrases, failures.
    struct CohortJSON: Encodable {
        var median: Int?
        var lowerQuartile: Int?
        var upperQuartile: Int?
        /// Files per score band: 0–9, 10–19, …, 90–100.
        var histogram: [Int]
        var mostOftenMissing: [CountJSON]
        var mostOftenOnlyClaimed: [CountJSON]
        var commonWeakPhrases: [CountJSON]
        var unreadable: [FailureJSON]

        init(_ cohort: CohortSummary) {
            median = cohort.percentile(0.5)
            lowerQuartile = cohort.percentile(0.25)
            upperQuartile = cohort.percentile(0.75)
            histogram = cohort.histogram
            mostOftenMissing = CohortSummary.top(cohort.missing).map { CountJSON(id: $0.id, files: $0.count) }
            mostOftenOnlyClaimed = CohortSummary.top(cohort.onlyClaimed).map { CountJSON(id: $0.id, files: $0.count) }
            commonWeakPhrases = CohortSummary.top(cohort.weakPhrases).map { CountJSON(id: $0.id, files: $0.count) }
            unreadable = cohort.failures.map { FailureJSON(path: $0.path, error: $0.reason) }
        }
    }

    struct SummaryJSON: Encodable {
        var files: Int
        var read: Int
        var failed: Int
        var thresholdFailures: Int
        var exitCode: Int32
        var cohort: CohortJSON

        init(_ summary: RunSummary) {
            files = summary.files
            read = summary.read
            failed = summary.failed
            thresholdFailures = summary.thresholdFailures
            exitCode = summary.exitCode
            cohort = CohortJSON(summary.cohort)
        }
    }

    /// States the position units once, for readers of the JSON.
    struct PositionsJSON: Encodable {
        var lineBase = 1
        var columnBase = 1
        var columnUnit = "unicode-scalar"
        var docxLines = "block number in the svcscan text view"
    }

    /// A whole run; `File` is `FileJSON` when reporting and `JSONValue` when merging saved runs.
    struct RunJSON<File: Encodable>: Encodable {
        var schemaVersion: Int
        var tool: ToolJSON
        var positions: PositionsJSON
        var files: [File]
        var summary: SummaryJSON
    }
}
