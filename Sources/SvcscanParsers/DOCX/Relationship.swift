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
        for component in self.components(of: target) {
            switch component {
            case ".", "": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// The non-empty parts of `path` between slashes. Splitting by `Character` pays for grapheme
    /// breaking on every byte; for an ASCII path, splitting the bytes gives the same parts.
    private static func components(of path: String) -> [Substring] {
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/") }
        return path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    }

    private static func split(_ part: String) -> (folder: String, file: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }
}
