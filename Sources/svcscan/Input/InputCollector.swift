import Foundation
import SvcscanParsers

/// Expands the paths a user gave into the inputs to read.
///
/// Files named explicitly are always read, whatever their extension. Folders are walked
/// recursively in sorted order, skipping hidden files and folders and files whose extension
/// svcscan does not read; symbolic links to folders are not followed, so a link loop cannot
/// trap the walk.
struct InputCollector {
    private let fileManager = FileManager.default

    func collect(_ paths: [String]) -> [InputSource] {
        paths.flatMap { path -> [InputSource] in
            if path == "-" { return [.standardInput] }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return [.unusable(path: path, reason: "no such file or folder")]
            }
            return isDirectory.boolValue ? walk(path) : [.file(path: path)]
        }
    }

    private func walk(_ folder: String) -> [InputSource] {
        var found: [InputSource] = []
        var pending = [folder]
        while let current = pending.popLast() {
            let names: [String]
            do {
                names = try fileManager.contentsOfDirectory(atPath: current)
            } catch {
                found.append(.unusable(path: current, reason: "cannot list folder"))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                guard let type = try? fileManager.attributesOfItem(atPath: path)[.type] as? FileAttributeType else { continue }
                if type == .typeDirectory {
                    pending.append(path)
                } else if type == .typeRegular || type == .typeSymbolicLink, Self.isSupported(name) {
                    found.append(.file(path: path))
                }
            }
        }
        return found.sorted { $0.displayName < $1.displayName }
    }

    private static func isSupported(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), !name.hasPrefix("~$") else { return false }
        return FormatSniffer.supportedExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
