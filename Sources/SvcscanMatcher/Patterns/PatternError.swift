/// Why a pattern string could not be compiled.
struct PatternError: Error, Equatable, CustomStringConvertible {
    var pattern: String
    var reason: String

    var description: String { "pattern \"\(pattern)\": \(reason)" }
}
