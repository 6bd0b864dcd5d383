import Foundation
import SvcscanParsers

/// Reads the bytes of an input without ever writing to, moving or locking it, refusing anything
/// that is not a regular file (so a FIFO or device cannot block the run).
struct InputReader {
    var maxSize: Int

    func read(_ source: InputSource) throws -> [UInt8] {
        switch source {
        case .standardInput:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maxSize else { throw DocumentError.tooLarge(bytes: data.count, limit: maxSize) }
            return [UInt8](data)
        case .unusable(_, let reason):
            throw DocumentError.unreadable(reason: reason)
        case .file(let path):
            return try readFile(path)
        }
    }

    private func readFile(_ path: String) throws -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: (path as NSString).resolvingSymlinksInPath)
        } catch {
            throw DocumentError.unreadable(reason: "cannot inspect the file")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw DocumentError.unreadable(reason: "not a regular file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxSize else { throw DocumentError.tooLarge(bytes: size, limit: maxSize) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DocumentError.unreadable(reason: "permission denied or file vanished")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maxSize + 1) ?? Data()
            guard data.count <= maxSize else { throw DocumentError.tooLarge(bytes: data.count, limit: maxSize) }
            return [UInt8](data)
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError.unreadable(reason: "read failed")
        }
    }
}
