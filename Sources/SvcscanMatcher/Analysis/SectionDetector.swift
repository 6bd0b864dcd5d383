import SvcscanCore

/// Finds the section of every block from its headings, in all three formats: heading blocks,
/// and short lines whose words name a known section ("WORK EXPERIENCE", "Skills:").
/// A heading that names no known section (a job title, the writer's name) leaves the section
/// unchanged.
///
/// Blocks are read in order, one at a time: a block's section depends only on those before it.
struct SectionDetector {
    private var current = Section.opening

    /// The section of the next block in document order, and whether the block is itself a
    /// heading (styled as one, a line naming a known section, or a short line in capitals such as
    /// "TRAININGS UNDERGONE"). A block styled as a heading that reads as a sentence of prose
    /// ("Coordinated approvals with the architects.") is not one: writers style whole bullets as
    /// headings. A short line that opens with a section's name and a colon ("Key skills:
    /// listening, patience") belongs to that section itself.
    mutating func next(_ block: Block, tokens: [Token]) -> (section: Section, isHeading: Bool) {
        let capitalLabel = Self.isCapitalLabel(block, tokens)
        // A label in capitals names its section like a styled heading ("ORGANISATIONAL EXPERIENCE").
        let named = Self.headingSection(block, tokens) ?? (capitalLabel ? Self.sectionNamed(inside: tokens.map(\.key)) : nil)
        if let named { current = named }
        let styled = block.kind == .heading && !Self.readsAsProse(block, tokens)
        let isHeading = styled || named != nil || capitalLabel
        return (Self.labelSection(block, tokens) ?? current, isHeading)
    }

    /// Eight words or more ending as a sentence ends, or fifteen words or more: no heading is
    /// that long.
    private static func readsAsProse(_ block: Block, _ words: [Token]) -> Bool {
        guard words.count >= 8 else { return false }
        if words.count >= 15 { return true }
        let last = block.text.unicodeScalars.last { !$0.properties.isWhitespace }
        return last == "." || last == "!" || last == "?"
    }

    /// A line of at most five words, all in capitals, with no sentence punctuation.
    private static func isCapitalLabel(_ block: Block, _ words: [Token]) -> Bool {
        guard !words.isEmpty, words.count <= 5, block.text.unicodeScalars.count <= 60 else { return false }
        var letters = 0
        for scalar in block.text.unicodeScalars {
            if scalar == "." || scalar == "," || scalar == "\n" { return false }
            if scalar.properties.isAlphabetic {
                guard scalar.properties.isUppercase else { return false }
                letters += 1
            }
        }
        return letters >= 4
    }

    /// The section a short line names before a colon: "Skills: …", "Key skills – …". Long blocks
    /// are left alone: a résumé flattened into one line often opens with "Skills:".
    private static func labelSection(_ block: Block, _ words: [Token]) -> Section? {
        guard words.count >= 2, words.count <= 40 else { return nil }
        let scalars = Array(block.text.unicodeScalars.prefix(40))
        for count in 1...min(3, words.count - 1) {
            let end = words[count - 1].end
            guard end < scalars.count else { break }
            var index = end
            while index < scalars.count, scalars[index] == " " { index += 1 }
            guard index < scalars.count, scalars[index] == ":" || scalars[index] == "\u{2013}" else { continue }
            if let section = name(words[0..<count].map(\.key).joined(separator: " ")), section == .skills { return section }
        }
        return nil
    }

    private static func headingSection(_ block: Block, _ words: [Token]) -> Section? {
        guard !words.isEmpty, words.count <= 5 else { return nil }
        // A plain line must be a whole name: most short lines fail these checks before any
        // joining and hashing of the whole line.
        if block.kind != .heading, words.count > longestName
            || !(nameWords.contains(words[0].key) || nameWords.contains(String(words[0].key.dropLast()))) { return nil }
        let keys = words.map(\.key)
        if let section = name(keys.joined(separator: " ")) {
            return block.kind == .heading || isBareName(block) ? section : nil
        }
        // Styled headings may add words ("Relevant Work Experience"); plain lines must be exact.
        guard block.kind == .heading else { return nil }
        return sectionNamed(inside: keys)
    }

    /// The earliest, then longest, known section name among a heading's words.
    private static func sectionNamed(inside keys: [String]) -> Section? {
        for start in keys.indices {
            for end in stride(from: keys.count, to: start, by: -1) {
                if let section = name(keys[start..<end].joined(separator: " ")) { return section }
            }
        }
        return nil
    }

    /// The section a heading's words name, also in the plural ("Professional Experiences").
    private static func name(_ words: String) -> Section? {
        byName[words] ?? (words.hasSuffix("s") ? byName[String(words.dropLast())] : nil)
    }

    /// True when a paragraph holds nothing but a section name: one line of letters, with at most
    /// a colon and `&`, `/`, `-` or `,` between the words.
    private static func isBareName(_ block: Block) -> Bool {
        guard block.kind == .paragraph || block.kind == .tableCell, !block.text.contains("\n") else { return false }
        return block.text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isWhitespace || scalar == ":" || scalar.properties.isAlphabetic
                || scalar == "&" || scalar == "/" || scalar == "-" || scalar == ","
        }
    }

    private static let byName: [String: Section] = {
        var table: [String: Section] = [:]
        for (section, list) in names {
            for name in list where table[name] == nil { table[name] = section }
        }
        return table
    }()

    /// Every word of a section name, and the most words in one.
    private static let nameWords = Set(byName.keys.flatMap { $0.split(separator: " ").map(String.init) })
    private static let longestName = byName.keys.map { $0.split(separator: " ").count }.max() ?? 0

    /// Heading texts (normalised words) for each section, most specific first.
    private static let names: [(Section, [String])] = [
        (.summary, ["summary", "professional summary", "career summary", "profile", "professional profile", "personal profile",
                    "objective", "career objective", "about me", "about", "overview", "introduction", "personal statement", "highlights"]),
        (.experience, ["experience", "work experience", "professional experience", "relevant experience", "employment",
                       "employment history", "work history", "career history", "positions held", "internships", "internship",
                       "volunteer", "volunteering", "volunteer experience", "leadership", "projects", "personal projects",
                       "achievements", "accomplishments", "work",
                       "main achievements", "key achievements", "responsibilities", "key responsibilities", "job responsibilities",
                       "roles and responsibilities", "professional background", "career history", "experience summary",
                       "job profile", "work profile", "key result areas", "employment details", "experience details",
                       "career highlights", "professional history", "company details", "project details", "projects handled",
                       "duties", "assignments"]),
        (.skills, ["skills", "technical skills", "key skills", "core skills", "skill set", "skillset", "competencies",
                   "core competencies", "expertise", "areas of expertise", "strengths", "technologies", "tools", "qualifications",
                   "languages", "soft skills", "abilities",
                   "technical expertise", "it skills", "computer skills", "skill details", "key competencies", "areas of strength"]),
        (.education, ["education", "academic background", "graduation", "academic qualification", "educational qualification", "education and training", "training", "certifications",
                      "certificates", "courses", "coursework", "qualifications and education",
                      "academic details", "educational details", "education details", "academic profile", "academic credentials"]),
        // School and club activities are not work: their lines are not held to a work bullet's standard.
        (.other, ["activities", "extracurricular activities", "extra curricular activities", "co curricular activities", "interests", "hobbies", "references", "publications", "awards", "honors", "honours", "contact",
                  "contact information", "personal information", "personal details", "additional information"]),
    ]
}
