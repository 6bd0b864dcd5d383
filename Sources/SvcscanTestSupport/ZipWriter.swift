import CLibZip
import Foundation

/// Builds zip archives for tests with libzip, so fixtures are made by the tests themselves.
public enum ZipWriter {
    public enum Compression {
        case stored, deflated
    }

    /// The bytes of a zip holding `entries` in order (name → content).
    public static func archive(_ entries: [(name: String, bytes: [UInt8])], compression: Compression = .deflated) -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("svcscan-zip-\(UUID().uuidString).zip").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error) else {
            preconditionFailure("libzip could not create \(path): \(error)")
        }
        var buffers: [UnsafeMutableRawBufferPointer] = []
        defer { buffers.forEach { $0.deallocate() } }
        for entry in entries {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(entry.bytes.count, 1), alignment: 1)
            buffer.copyBytes(from: entry.bytes)
            buffers.append(buffer)
            let source = zip_source_buffer(archive, buffer.baseAddress, zip_uint64_t(entry.bytes.count), 0)
            let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            precondition(index >= 0, "libzip could not add \(entry.name)")
            let method = compression == .stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE
            zip_set_file_compression(archive, zip_uint64_t(index), method, 0)
        }
        precondition(zip_close(archive) == 0, "libzip could not write \(path)")
        return [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }

    /// Convenience for text entries.
    public static func archive(_ entries: [(String, String)], compression: Compression = .deflated) -> [UInt8] {
        archive(entries.map { (name: $0.0, bytes: Array($0.1.utf8)) }, compression: compression)
    }
}
