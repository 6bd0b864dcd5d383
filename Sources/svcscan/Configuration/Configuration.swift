import Foundation
import SvcscanCore
import Yams

/// The settings of a `.svcscan.yml` file. Every key is optional:
///
/// ```yaml
/// lexicon: ./our-lexicon            # relative to this file
/// disable: [phrasing.retail-trap.register]
/// severity: {phrasing.no-outcome: warning}
/// fail-under: 60
/// fail-on: warning
/// require: [trait.listening=shown, role.outcome]
/// ```
struct Configuration: Equatable {
    /// The file this came from.
    var path: String
    var lexicon: String?
    var disabled: Set<String> = []
    var severities: [String: Severity] = [:]
    var failUnder: Int?
    var failOn: Severity?
    /// Unresolved `--require` strings; resolved against the lexicon in use.
    var require: [String] = []

    static let fileNames = [".svcscan.yml", ".svcscan.yaml"]

    /// Reads and validates a configuration file; errors name the file and line.
    static func load(path: String) throws -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(message: "\(path): cannot read the configuration file")
        }
        var configuration = Configuration(path: path)
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(decoding: data, as: UTF8.self))
        } catch let error as YamlError {
            throw ConfigurationError(message: "\(path):\(Self.line(of: error)): invalid YAML")
        }
        guard let node else { return configuration }
        guard let mapping = node.mapping else { throw ConfigurationError(message: "\(path):\(node.mark?.line ?? 1): expected a mapping of settings") }
        func fail(_ node: Node, _ reason: String) -> ConfigurationError {
            ConfigurationError(message: "\(path):\(node.mark?.line ?? 0): \(reason)")
        }
        func strings(_ node: Node, _ key: String) throws -> [String] {
            if let single = node.scalar?.string { return [single] }
            guard let list = node.sequence?.compactMap(\.string), list.count == node.sequence?.count else { throw fail(node, "'\(key)' must be a list of strings") }
            return list
        }
        for (key, value) in mapping {
            switch key.string {
            case "lexicon":
                guard let text = value.string, !text.isEmpty else { throw fail(value, "'lexicon' must be a folder path") }
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
                configuration.lexicon = text.hasPrefix("/") ? text : folder.appendingPathComponent(text).path
            case "disable":
                configuration.disabled = Set(try strings(value, "disable"))
            case "severity":
                guard let levels = value.mapping else { throw fail(value, "'severity' must map entry ids to error, warning or suggestion") }
                for (id, level) in levels {
                    guard let name = id.string, let severity = level.string.flatMap(Severity.init(rawValue:)), severity != .info else {
                        throw fail(level, "severity must be error, warning or suggestion")
                    }
                    configuration.severities[name] = severity
                }
            case "fail-under":
                guard let number = value.int, (0...100).contains(number) else { throw fail(value, "'fail-under' must be a whole number from 0 to 100") }
                configuration.failUnder = number
            case "fail-on":
                guard let severity = value.string.flatMap(Severity.init(rawValue:)), severity != .info else {
                    throw fail(value, "'fail-on' must be error, warning or suggestion")
                }
                configuration.failOn = severity
            case "require":
                configuration.require = try strings(value, "require")
            default:
                throw fail(key, "unknown setting '\(key.string ?? "?")' (expected lexicon, disable, severity, fail-under, fail-on, require)")
            }
        }
        return configuration
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 0
        }
    }
}
