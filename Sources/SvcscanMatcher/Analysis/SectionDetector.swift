import SvcscanCore

/// Finds the section of every block from its headings, in all three formats: heading blocks,
/// and short lines whose words name a known section ("WORK EXPERIENCE", "Skills:").
/// A heading that names no known section (a job title, the writer's name) leaves the section
/// unchanged.
enum SectionDetector {
    /// The section of each block, in block order.
    static func sections(of blocks: [Block], tokens: [[Token]]) -> [Section] {
        var current = Section.opening
        var result: [Section] = []
        result.reserveCapacity(blocks.count)
        for (block, words) in zip(blocks, tokens) {
            if let section = headingSection(block, words) { current = section }
            result.append(current)
        }
        return result
    }

    /// True when the block is a section heading (recognised or styled as one).
    static func isHeading(_ block: Block, _ words: [Token]) -> Bool {
        block.kind == .heading || headingSection(block, words) != nil
    }

    private static func headingSection(_ block: Block, _ words: [Token]) -> Section? {
        guard !words.isEmpty, words.count <= 5 else { return nil }
        if block.kind != .heading {
            // A paragraph is a heading only when it is nothing but a section name.
            guard block.kind == .paragraph || block.kind == .tableCell, !block.text.contains("\n") else { return nil }
            let trimmed = block.text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != ":" }
            guard trimmed.allSatisfy({ $0.properties.isAlphabetic || $0 == "&" || $0 == "/" || $0 == "-" || $0 == "," }) else { return nil }
        }
        let phrase = words.map(\.key).joined(separator: " ")
        let padded = " \(phrase) "
        // Styled headings may add words ("Relevant Work Experience"); plain lines must be exact.
        for (section, names) in names where names.contains(where: { phrase == $0 || (block.kind == .heading && padded.contains(" \($0) ")) }) {
            return section
        }
        return nil
    }

    /// Heading texts (normalised words) for each section, most specific first.
    private static let names: [(Section, [String])] = [
        (.summary, ["summary", "professional summary", "career summary", "profile", "professional profile", "personal profile",
                    "objective", "career objective", "about me", "about", "overview", "introduction", "personal statement", "highlights"]),
        (.experience, ["experience", "work experience", "professional experience", "relevant experience", "employment",
                       "employment history", "work history", "career history", "positions held", "internships", "internship",
                       "volunteer", "volunteering", "volunteer experience", "leadership", "projects", "personal projects",
                       "achievements", "accomplishments", "activities", "extracurricular activities", "work"]),
        (.skills, ["skills", "technical skills", "key skills", "core skills", "skill set", "skillset", "competencies",
                   "core competencies", "expertise", "areas of expertise", "strengths", "technologies", "tools", "qualifications",
                   "languages", "soft skills", "abilities"]),
        (.education, ["education", "academic background", "education and training", "training", "certifications",
                      "certificates", "courses", "coursework", "qualifications and education"]),
        (.other, ["interests", "hobbies", "references", "publications", "awards", "honors", "honours", "contact",
                  "contact information", "personal information", "personal details", "additional information"]),
    ]
}
