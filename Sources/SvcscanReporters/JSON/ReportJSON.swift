import SvcscanCore

/// Writes the JSON shapes of `--format json` and `jsonl`; `docs/report.schema.json` is their
/// schema. Lines and columns are 1-based; columns count Unicode scalars. For DOCX a line is the
/// block's number in the `svcscan text` view.
///
/// Written straight from the core types with `JSONWriter` (not through `Codable`, which cost
/// more than the scan itself for large lexicons), so every object below lists its keys in
/// sorted order and leaves out absent optionals.
enum ReportJSON {
    static let schemaVersion = 1

    /// One input: either a full report or an `error`. `schemaVersion` is given for JSON Lines,
    /// where each line stands alone.
    static func write(_ result: FileResult, schemaVersion: Int? = nil, to json: inout JSONWriter) {
        json.object { json in
            switch result.outcome {
            case .failure(let message):
                json.member("error", message)
                json.member("path", result.path)
                writeSchemaVersion(schemaVersion, to: &json)
            case .report(let report):
                json.key("findings")
                json.array(report.findings) { json, finding in write(finding, to: &json) }
                json.member("format", report.format.rawValue)
                json.key("improvements")
                json.array(report.improvements) { json, improvement in
                    json.object { json in
                        json.member("id", improvement.entryID)
                        json.member("message", improvement.message)
                        json.member("points", improvement.points)
                        writePosition(improvement.location, to: &json)
                    }
                }
                json.member("kind", report.kind.rawValue)
                json.member("path", result.path)
                writeSchemaVersion(schemaVersion, to: &json)
                json.key("score")
                write(report.score, to: &json)
                json.member("suppressed", report.suppressedCount)
                json.key("thresholds")
                json.object { json in
                    json.key("failures")
                    json.array(result.thresholdFailures) { json, failure in json.string(failure) }
                    json.member("passed", result.thresholdFailures.isEmpty)
                }
                json.key("traits")
                json.array(report.traits) { json, trait in
                    json.object { json in
                        json.member("family", trait.family.rawValue)
                        json.member("grade", trait.grade.rawValue)
                        json.member("id", trait.entryID)
                        writePosition(trait.location, to: &json)
                        json.member("title", trait.title)
                    }
                }
                json.key("warnings")
                json.array(report.warnings) { json, warning in json.string(warning) }
            }
        }
    }

    /// A whole run: `files` are `FileResult`s when reporting and saved file objects when merging.
    static func writeRun<Files: Sequence>(tool: ToolInfo, files: Files, summary: RunSummary, to json: inout JSONWriter,
                                          file: (inout JSONWriter, Files.Element) -> Void) {
        json.object { json in
            json.key("files")
            json.array(files, file)
            json.key("positions")
            // States the position units once, for readers of the JSON.
            json.object { json in
                json.member("columnBase", 1)
                json.member("columnUnit", "unicode-scalar")
                json.member("docxLines", "block number in the svcscan text view")
                json.member("lineBase", 1)
            }
            json.member("schemaVersion", schemaVersion)
            json.key("summary")
            write(summary, to: &json)
            json.key("tool")
            json.object { json in
                json.member("name", tool.name)
                json.member("version", tool.version)
            }
        }
    }

    private static func writeSchemaVersion(_ version: Int?, to json: inout JSONWriter) {
        guard let version else { return }
        json.member("schemaVersion", version)
    }

    private static func write(_ finding: Finding, to json: inout JSONWriter) {
        json.object { json in
            json.member("excerpt", finding.excerpt)
            json.member("family", finding.family.rawValue)
            if let grade = finding.grade {
                json.member("grade", grade.rawValue)
            }
            json.member("id", finding.entryID)
            json.member("message", finding.message)
            json.member("rationale", finding.rationale)
            json.key("region")
            write(finding.span, to: &json)
            if let rewrite = finding.rewrite {
                json.key("rewrite")
                json.object { json in
                    json.key("region")
                    write(rewrite.span, to: &json)
                    json.member("replacement", rewrite.replacement)
                }
            }
            json.member("severity", finding.severity.rawValue)
            json.member("suggestion", finding.suggestion)
        }
    }

    private static func write(_ span: Span, to json: inout JSONWriter) {
        json.object { json in
            json.member("column", span.start.column)
            json.member("endColumn", span.end.column)
            json.member("endLine", span.end.line)
            json.member("line", span.start.line)
            if let page = span.start.page { json.member("page", page) }
        }
    }

    /// The `position` member, left out when there is no location.
    private static func writePosition(_ location: SourceLocation?, to json: inout JSONWriter) {
        guard let location else { return }
        json.key("position")
        json.object { json in
            json.member("column", location.column)
            json.member("line", location.line)
            if let page = location.page { json.member("page", page) }
        }
    }

    private static func write(_ score: Score, to json: inout JSONWriter) {
        json.object { json in
            json.key("parts")
            json.array(score.parts) { json, part in
                json.object { json in
                    json.member("family", part.family.rawValue)
                    json.member("maximum", part.maximum)
                    json.member("points", part.points)
                }
            }
            json.member("total", score.total)
            json.key("trace")
            json.array(score.trace) { json, step in
                json.object { json in
                    json.member("family", step.family.rawValue)
                    json.member("id", step.entryID)
                    json.member("points", step.points)
                    writePosition(step.location, to: &json)
                    json.member("reason", step.reason)
                }
            }
        }
    }

    private static func write(_ summary: RunSummary, to json: inout JSONWriter) {
        json.object { json in
            json.key("cohort")
            write(summary.cohort, to: &json)
            json.member("exitCode", Int(summary.exitCode))
            json.member("failed", summary.failed)
            json.member("files", summary.files)
            json.member("read", summary.read)
            json.member("thresholdFailures", summary.thresholdFailures)
        }
    }

    /// The batch as a whole: score distribution, commonest gaps and weak phrases, failures.
    /// `histogram` counts files per score band: 0–9, 10–19, …, 90–100.
    private static func write(_ cohort: CohortSummary, to json: inout JSONWriter) {
        json.object { json in
            writeCounts("commonWeakPhrases", cohort.weakPhrases, to: &json)
            json.key("histogram")
            json.array(cohort.histogram) { json, count in json.number(count) }
            writePercentile("lowerQuartile", cohort.percentile(0.25), to: &json)
            writePercentile("median", cohort.percentile(0.5), to: &json)
            writeCounts("mostOftenMissing", cohort.missing, to: &json)
            writeCounts("mostOftenOnlyClaimed", cohort.onlyClaimed, to: &json)
            json.key("unreadable")
            json.array(cohort.failures) { json, failure in
                json.object { json in
                    json.member("error", failure.reason)
                    json.member("path", failure.path)
                }
            }
            writePercentile("upperQuartile", cohort.percentile(0.75), to: &json)
        }
    }

    /// The commonest ids of `counts`, each with the number of files.
    private static func writeCounts(_ key: StaticString, _ counts: [String: Int], to json: inout JSONWriter) {
        json.key(key)
        json.array(CohortSummary.top(counts)) { json, count in
            json.object { json in
                json.member("files", count.count)
                json.member("id", count.id)
            }
        }
    }

    /// A score percentile, left out when no file was read.
    private static func writePercentile(_ key: StaticString, _ value: Int?, to json: inout JSONWriter) {
        guard let value else { return }
        json.member(key, value)
    }
}
