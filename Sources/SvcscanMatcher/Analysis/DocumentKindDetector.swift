import SvcscanCore

/// Tells a cover letter from a résumé: a salutation near the start, a sign-off near the end and
/// running prose point to a letter; section headings and bullet lists point to a résumé.
enum DocumentKindDetector {
    static func kind(of blocks: [Block], tokens: [[Token]], sections: [Section]) -> DocumentKind {
        guard !blocks.isEmpty else { return .resume }
        var signals = 0
        let opensWithSalutation = tokens.prefix(6).contains { words in
            let start = words.prefix(4).map(\.key)
            return start.first == "dear" || start.first == "hello" || start == ["to", "whom", "it", "may"]
        }
        if opensWithSalutation { signals += 2 }
        let signOffs: Set<String> = ["sincerely", "regards", "respectfully", "yours", "cordially", "thank you", "best", "warm regards", "kind regards", "best regards", "with gratitude"]
        if tokens.suffix(8).contains(where: { words in
            let phrase = words.prefix(2).map(\.key).joined(separator: " ")
            return words.count <= 4 && (signOffs.contains(phrase) || signOffs.contains(words.first?.key ?? ""))
        }) {
            signals += 2
        }
        let prose = zip(blocks, tokens).filter { $0.0.kind == .paragraph && $0.1.count >= 25 }.count
        let bullets = blocks.filter { $0.kind == .listItem }.count
        let headings = Set(sections).subtracting([.opening]).count
        if prose >= 2 && prose > bullets { signals += 1 }
        if headings >= 2 { signals -= 2 }
        return signals >= 3 ? .coverLetter : .resume
    }
}
