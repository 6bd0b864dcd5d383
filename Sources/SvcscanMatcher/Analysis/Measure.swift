/// Decides whether a number measures something (a count, a share, an amount) and so can prove the
/// behaviour in its sentence. Years, the day and month of a date ("12/05/2018", "March 3, 2021")
/// and lengths of time served ("6 years of experience", "3 months") are numbers that measure no
/// outcome; nor are names with a digit in them ("HTML5") or "one" in "one to one". The size of
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
