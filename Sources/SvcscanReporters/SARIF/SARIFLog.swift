import SvcscanCore

/// Writes the subset of SARIF 2.1.0 svcscan produces: one run with the lexicon as rules, each
/// finding above `info` as a result and each unreadable input as a tool execution notification.
///
/// Written with `JSONWriter` rather than through `Codable` types, so every object below lists
/// its keys in sorted order and leaves out absent optionals.
enum SARIFLog {
    /// The whole log. `results` are findings with their file's URI, `notifications` the
    /// unreadable inputs' URIs and reasons, both in input order.
    static func write(tool: ToolInfo, results: [(uri: String, finding: Finding)], notifications: [(uri: String, message: String)],
                      executionSuccessful: Bool, to json: inout JSONWriter) {
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in tool.rules.enumerated() { ruleIndex[rule.id] = index }
        json.object { json in
            json.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
            json.key("runs")
            json.array { json in
                json.object { json in
                    // svcscan counts columns in Unicode scalars (code points).
                    json.member("columnKind", "unicodeCodePoints")
                    json.key("invocations")
                    json.array { json in writeInvocation(notifications: notifications, executionSuccessful: executionSuccessful, to: &json) }
                    json.key("results")
                    json.array(results) { json, result in
                        writeResult(result.finding, artifact: result.uri, ruleIndex: ruleIndex[result.finding.entryID], to: &json)
                    }
                    json.key("tool")
                    json.object { json in
                        json.key("driver")
                        writeDriver(tool, to: &json)
                    }
                }
            }
            json.member("version", "2.1.0")
        }
    }

    private static func writeInvocation(notifications: [(uri: String, message: String)], executionSuccessful: Bool, to json: inout JSONWriter) {
        json.object { json in
            json.member("executionSuccessful", executionSuccessful)
            json.key("toolExecutionNotifications")
            json.array(notifications) { json, notification in
                json.object { json in
                    json.member("level", "error")
                    json.key("locations")
                    json.array { json in writeLocation(notification.uri, region: nil, to: &json) }
                    json.key("message")
                    writeMessage(notification.message, to: &json)
                }
            }
        }
    }

    private static func writeResult(_ finding: Finding, artifact: String, ruleIndex: Int?, to json: inout JSONWriter) {
        json.object { json in
            if let rewrite = finding.rewrite {
                json.key("fixes")
                json.array { json in
                    json.object { json in
                        json.key("artifactChanges")
                        json.array { json in
                            json.object { json in
                                json.key("artifactLocation")
                                writeArtifactLocation(artifact, to: &json)
                                json.key("replacements")
                                json.array { json in
                                    json.object { json in
                                        json.key("deletedRegion")
                                        writeRegion(rewrite.span, snippet: nil, to: &json)
                                        json.key("insertedContent")
                                        writeMessage(rewrite.replacement, to: &json)
                                    }
                                }
                            }
                        }
                        json.key("description")
                        writeMessage("Rewrite in your own words; fill the [slots] with facts only you know.", to: &json)
                    }
                }
            }
            json.member("level", SARIFReporter.level(finding.severity))
            json.key("locations")
            json.array { json in writeLocation(artifact, region: (finding.span, snippet: finding.excerpt), to: &json) }
            json.key("message")
            writeMessage(finding.suggestion.isEmpty ? finding.message : "\(finding.message) \(finding.suggestion)", to: &json)
            json.member("ruleId", finding.entryID)
            if let ruleIndex {
                json.member("ruleIndex", ruleIndex)
            }
        }
    }

    /// The lexicon as `rules`, in lexicon order (results refer to them by `ruleIndex`).
    private static func writeDriver(_ tool: ToolInfo, to json: inout JSONWriter) {
        json.object { json in
            json.member("informationUri", "https://github.com/svcscan/svcscan")
            json.member("name", tool.name)
            json.key("rules")
            json.array(tool.rules) { json, rule in
                json.object { json in
                    json.key("defaultConfiguration")
                    json.object { json in
                        json.member("level", SARIFReporter.level(rule.severity))
                    }
                    json.key("fullDescription")
                    writeMessage(rule.rationale, to: &json)
                    json.key("help")
                    writeMessage(rule.suggestion, to: &json)
                    json.member("id", rule.id)
                    json.member("name", rule.title)
                    json.key("properties")
                    json.object { json in
                        json.member("family", rule.family.rawValue)
                        json.key("seeds")
                        json.array(rule.seeds) { json, seed in json.string(seed) }
                    }
                    json.key("shortDescription")
                    writeMessage(rule.title, to: &json)
                }
            }
            json.member("version", tool.version)
        }
    }

    private static func writeLocation(_ artifact: String, region: (span: Span, snippet: String)?, to json: inout JSONWriter) {
        json.object { json in
            json.key("physicalLocation")
            json.object { json in
                json.key("artifactLocation")
                writeArtifactLocation(artifact, to: &json)
                if let region {
                    json.key("region")
                    writeRegion(region.span, snippet: region.snippet, to: &json)
                }
            }
        }
    }

    private static func writeArtifactLocation(_ uri: String, to json: inout JSONWriter) {
        json.object { json in
            json.member("uri", uri)
        }
    }

    private static func writeRegion(_ span: Span, snippet: String?, to json: inout JSONWriter) {
        json.object { json in
            json.member("endColumn", span.end.column)
            json.member("endLine", span.end.line)
            if let page = span.start.page {
                // SARIF regions have no page; a property keeps the region valid and the page known.
                json.key("properties")
                json.object { json in json.member("page", page) }
            }
            if let snippet {
                json.key("snippet")
                writeMessage(snippet, to: &json)
            }
            json.member("startColumn", span.start.column)
            json.member("startLine", span.start.line)
        }
    }

    private static func writeMessage(_ text: String, to json: inout JSONWriter) {
        json.object { json in
            json.member("text", text)
        }
    }
}
