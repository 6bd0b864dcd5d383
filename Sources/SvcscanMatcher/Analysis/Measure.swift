/// Decides whether a number measures something (a count, a share, an amount) and so can prove the
/// behaviour in its sentence. Years, the day and month of a date ("12/05/2018", "March 3, 2021")
/// and lengths of time served ("6 years of experience", "3 months") are numbers that measure no
/// outcome; nor are names with a digit in them ("HTML5"), specifications and versions ("15 HP",
/// "Oracle 10g"), a label's number ("grade 9", "Phase 2"), "24/7", a place in a row ("20th
/// Annual Meeting") or "one" in "one to one". The size of
/// the writer's own team ("a team of 12", "trained 3 new hires", "mentored 5 interns") sets the
/// scene but measures no result, as the rubric grades "trained 3 new hires" shown; how many
/// customers, patients or students were served still measures.
enum Measure {
    static func isMeasure(at index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.isNumber, !token.isYear else { return false }
        // A name with a digit in it ("html5", "j2ee", "s3") is not a quantity.
        if let first = token.key.unicodeScalars.first, first.properties.isAlphabetic, !Tokenizer.numberWords.contains(token.key),
           !Tokenizer.fractionWords.contains(token.key) {
            return false
        }
        let sentence = token.sentence
        func neighbour(_ offset: Int) -> Token? {
            let position = index + offset
            guard tokens.indices.contains(position), tokens[position].sentence == sentence else { return nil }
            return tokens[position]
        }
        let next = neighbour(1), previous = neighbour(-1)
        if let next, durations.contains(next.key) { return false }
        // A specification or a version ("15 HP", "2000kVA", "Oracle 10g") and a label's number
        // ("grades 9 and 10", "Phase 2", "Poster # 221") measure no result.
        if isSpecification(token.key) || next.map({ units.contains($0.key) }) == true { return false }
        var back = -1
        while back > -6, let earlier = neighbour(back), earlier.isNumber || ["and", "or", "to"].contains(earlier.key) { back -= 1 }
        if let label = neighbour(back), labels.contains(label.key) { return false }
        // "24/7", "24x7": when the writer was available, not how much.
        if token.key == "24", next?.key == "7" || next?.key == "x7" { return false }
        if token.key == "7", previous?.key == "24" { return false }
        if isOrdinal(token.key), !(next.map { placings.contains($0.key) } == true || previous.map { ranked.contains($0.key) } == true) {
            return false
        }
        // "one to one", "one of the best", "one on one": not a count.
        if token.key == "one", let next, ["to", "of", "on", "another"].contains(next.key) { return false }
        // Part of a date: next to a year or a month name.
        if token.key.utf8.count <= 2, [next, previous, neighbour(2)].contains(where: { $0.map { $0.isYear || months.contains($0.key) } == true }) {
            return false
        }
        if previous?.key == "of", let group = neighbour(-2), teams.contains(group.key) { return false }
        if let next, colleagues.contains(next.key) || (qualifiers.contains(next.key) && neighbour(2).map { colleagues.contains($0.key) } == true) {
            return false
        }
        return true
    }

    /// A number with a unit or version letters attached: "2000kva", "13.8kv", "10g", "2008r2";
    /// "5k", "$2m" and "30%" still count.
    private static func isSpecification(_ key: String) -> Bool {
        let scalars = key.unicodeScalars
        guard let first = scalars.first, first.properties.numericType != nil else { return false }
        let suffix = String(String.UnicodeScalarView(scalars.drop { $0.properties.numericType != nil || $0 == "." || $0 == "," }))
        guard !suffix.isEmpty, suffix.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0.properties.numericType != nil }) else { return false }
        return units.contains(suffix) || ["g", "c", "i", "x", "r", "r2", "x64", "x86"].contains(suffix)
    }

    /// "1st", "20th": a place in a row, unless a ranking or a prize is meant ("ranked 2nd",
    /// "1st place").
    private static func isOrdinal(_ key: String) -> Bool {
        guard key.count >= 3, key.unicodeScalars.first?.properties.numericType != nil else { return false }
        return ["st", "nd", "rd", "th"].contains(String(key.suffix(2))) && key.dropLast(2).allSatisfy(\.isNumber)
    }

    private static let placings: Set<String> = ["place", "position", "prize", "rank", "runner", "among", "out"]
    private static let ranked: Set<String> = ["ranked", "placed", "finished", "stood", "came", "secured", "won", "achieved", "rank", "got"]

    /// Units of a specification: power, voltage, frequency, storage, size, pressure, speed.
    private static let units: Set<String> = [
        "hp", "bhp", "kva", "mva", "kv", "kw", "kwh", "mw", "mwh", "v", "vac", "vdc", "hz", "khz", "mhz", "ghz", "gb", "mb", "tb",
        "kb", "gbps", "mbps", "mm", "cm", "nm", "um", "inch", "inches", "rpm", "psi", "mpa", "kpa", "amp", "amps", "ah", "mah",
        "cc", "dpi", "bit", "bits",
    ]

    /// Words a number labels rather than counts: "grade 9", "phase 2", "version 8", "room 12".
    private static let labels: Set<String> = [
        "grade", "grades", "class", "classes", "std", "standard", "semester", "sem", "level", "levels", "phase", "version",
        "release", "windows", "sprint", "room", "ward", "unit", "section", "block", "floor", "no", "number", "step", "tier",
        "layer", "chapter", "page", "iso", "batch", "lot", "platform", "sector", "zone", "bay", "gate", "building", "plot", "site",
    ]

    private static let teams: Set<String> = ["team", "teams", "group", "crew", "staff", "squad", "workforce", "headcount", "strength", "size"]

    private static let colleagues: Set<String> = [
        "member", "members", "staff", "employee", "employees", "engineer", "engineers", "developer", "developers", "intern", "interns",
        "hire", "hires", "recruit", "recruits", "trainee", "trainees", "mentee", "mentees", "colleague", "colleagues", "associate",
        "associates", "agent", "agents", "reports", "subordinate", "subordinates", "worker", "workers", "technician", "technicians",
        "resource", "resources", "person", "persons", "people", "volunteers", "juniors", "peers", "team", "teams", "staffs",
    ]

    private static let qualifiers: Set<String> = ["new", "junior", "senior", "direct", "team", "staff", "other", "fellow", "full", "part", "sales", "support"]

    private static let durations: Set<String> = ["year", "years", "yr", "yrs", "month", "months", "mos"]

    private static let months: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
        "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]
}
