/// One relationship from an OOXML `.rels` part, with its target resolved to a part name in the
/// archive.
struct Relationship: Equatable {
    var type: String
    /// The archive path of the target part, without a leading slash.
    var target: String
    var isExternal: Bool

    /// Relationship type URIs end with these names in both transitional and strict OOXML.
    enum Kind: String {
        case officeDocument, styles, header, footer, footnotes, endnotes
    }

    func isKind(_ kind: Kind) -> Bool { type.hasSuffix("/" + kind.rawValue) }

    /// The `.rels` part describing the relationships of `part` (`word/document.xml` →
    /// `word/_rels/document.xml.rels`; the package itself, `""`, → `_rels/.rels`).
    static func relsPart(for part: String) -> String {
        let (folder, file) = split(part)
        return folder.isEmpty ? "_rels/\(file).rels" : "\(folder)/_rels/\(file).rels"
    }

    /// Resolves a relationship target written relative to the folder of `source` (or absolute,
    /// starting with `/`) to an archive path; `..` may not climb above the archive root.
    static func resolve(_ target: String, from source: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : self.components(of: split(source).folder)
        for component in self.components(of: target[...]) {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// The non-empty parts of `path` between slashes. Paths are split on their UTF-8 bytes: a
    /// `/` byte is always the character (no other UTF-8 sequence contains it), and splitting by
    /// `Character` pays for grapheme breaking on every byte.
    private static func components(of path: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start = path.startIndex
        var index = start
        while index != path.endIndex {
            if path.utf8[index] == UInt8(ascii: "/") {
                if start != index { parts.append(path[start..<index]) }
                start = path.utf8.index(after: index)
            }
            index = path.utf8.index(after: index)
        }
        if start != path.endIndex { parts.append(path[start...]) }
        return parts
    }

    /// The folder and file name of an archive path, split at its last `/`.
    private static func split(_ part: String) -> (folder: Substring, file: Substring) {
        guard let slash = part.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", part[...]) }
        return (part[..<slash], part[part.utf8.index(after: slash)...])
    }
}
