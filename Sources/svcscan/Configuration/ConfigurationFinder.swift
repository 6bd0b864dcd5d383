import Foundation

/// Finds the `.svcscan.yml` that applies to a file: the nearest one walking up from the file's
/// folder, else the nearest walking up from the working folder. Results are cached per folder.
final class ConfigurationFinder {
    private var cache: [String: String?] = [:]
    /// By the folder part of an input path as written (through its last "/"), so the files of
    /// one folder skip resolving the path again.
    private var byInputFolder: [Substring: String?] = [:]

    /// The configuration file path for an input (nil path means standard input), or nil.
    func configurationPath(for input: String?) -> String? {
        guard let input else { return nearest(FileManager.default.currentDirectoryPath) }
        let written = input[..<(input.lastIndex(of: "/").map { input.index(after: $0) } ?? input.startIndex)]
        if let known = byInputFolder[written] { return known }
        let folder = URL(fileURLWithPath: input).deletingLastPathComponent().standardizedFileURL.path
        let found = nearest(folder) ?? nearest(FileManager.default.currentDirectoryPath)
        byInputFolder[written] = found
        return found
    }

    private func nearest(_ folder: String) -> String? {
        if let known = cache[folder] { return known }
        var found: String?
        for name in Configuration.fileNames {
            let candidate = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.isReadableFile(atPath: candidate) {
                found = candidate
                break
            }
        }
        if found == nil {
            let parent = (folder as NSString).deletingLastPathComponent
            if parent != folder && !parent.isEmpty { found = nearest(parent) }
        }
        cache[folder] = found
        return found
    }
}
