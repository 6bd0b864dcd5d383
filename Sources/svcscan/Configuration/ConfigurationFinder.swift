import Foundation

/// Finds the `.svcscan.yml` that applies to a file: the nearest one walking up from the file's
/// folder, else the nearest walking up from the working folder. Results are cached per folder.
final class ConfigurationFinder {
    private var cache: [String: String?] = [:]

    /// The configuration file path for an input (nil path means standard input), or nil.
    func configurationPath(for input: String?) -> String? {
        let start = input.map { URL(fileURLWithPath: $0).deletingLastPathComponent().standardizedFileURL.path }
        return start.flatMap(nearest) ?? nearest(FileManager.default.currentDirectoryPath)
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
