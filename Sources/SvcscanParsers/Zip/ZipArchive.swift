import CLibZip

/// A read-only zip archive held in memory, read with libzip (fuzzed continuously upstream), with
/// every entry inflated in bounded chunks under `ExtractionLimits`.
///
/// Not thread-safe: use one archive from one thread at a time.
final class ZipArchive {
    private let archive: OpaquePointer
    private let bytes: UnsafeMutableRawBufferPointer
    private let limits: ExtractionLimits
    private var totalRead = 0
    private let archiveSize: Int

    /// Opens the archive in `data`; throws `DocumentError.corruptArchive` when libzip cannot.
    init(data: [UInt8], limits: ExtractionLimits) throws {
        // libzip reads from this copy for the archive's lifetime; it is freed in deinit.
        bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        bytes.copyBytes(from: data)
        self.limits = limits
        archiveSize = data.count
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(bytes.baseAddress, zip_uint64_t(data.count), 0, &error) else {
            bytes.deallocate()
            throw DocumentError.corruptArchive(reason: String(cString: zip_error_strerror(&error)))
        }
        guard let opened = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            bytes.deallocate()
            throw DocumentError.corruptArchive(reason: String(cString: zip_error_strerror(&error)))
        }
        archive = opened
        let count = Int(zip_get_num_entries(archive, 0))
        if count > limits.maxEntries {
            // Every stored property is set, so throwing runs deinit, which discards the archive
            // and frees the copy: doing it here as well was a double free (issue 6,
            // HostileArchiveTests.testTooManyEntriesIsRefusedWhenOpening).
            throw DocumentError.limitExceeded(what: "number of zip entries (\(count); --max-zip-entries)", limit: limits.maxEntries)
        }
    }

    deinit {
        zip_discard(archive)
        bytes.deallocate()
    }

    /// True when the archive has an entry with this name (compared case-insensitively, as OOXML
    /// part names are).
    func contains(_ name: String) -> Bool {
        zip_name_locate(archive, name, zip_flags_t(ZIP_FL_NOCASE)) >= 0
    }

    /// Inflates the entry named `name` in chunks of at most `chunkSize` bytes, handing each to
    /// `body`; returns false when there is no such entry. Throws when the entry is corrupt or a
    /// limit is crossed, at the chunk where it happens.
    @discardableResult
    func read(_ name: String, chunkSize: Int = 128 << 10, _ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Bool {
        let index = zip_name_locate(archive, name, zip_flags_t(ZIP_FL_NOCASE))
        guard index >= 0 else { return false }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0 else { throw lastError(name) }
        // The compressed size comes from the archive itself; a hostile one may overstate it to
        // hide a bomb's ratio, but no entry can be larger than the archive holding it.
        let compressed = max(min(Int(clamping: stat.comp_size), archiveSize), 1)
        // An honest bomb declares its size: refuse it before inflating a byte. A dishonest one is
        // still stopped by the checks on every chunk below.
        let declared = stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 ? Int(clamping: stat.size) : nil
        if let declared {
            try check(name: name, entryRead: declared, compressed: compressed, declared: true)
        }
        guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else { throw lastError(name) }
        defer { zip_fclose(file) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
        defer { buffer.deallocate() }
        var entryRead = 0
        while true {
            let count = zip_fread(file, buffer.baseAddress!, zip_uint64_t(chunkSize))
            if count < 0 {
                let message = String(cString: zip_error_strerror(zip_file_get_error(file)))
                throw DocumentError.corruptArchive(reason: "\(name): \(message)")
            }
            if count == 0 { return true }
            entryRead += Int(count)
            totalRead += Int(count)
            // A bomb that understates its size in the directory is caught at the first byte past it.
            if let declared, entryRead > declared {
                throw DocumentError.corruptArchive(reason: "\(name) inflates past its declared size of \(declared) bytes (a disguised zip bomb?)")
            }
            try check(name: name, entryRead: entryRead, compressed: compressed)
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<Int(count)]))
        }
    }

    /// The whole entry as bytes, or nil when there is no such entry.
    func data(_ name: String) throws -> [UInt8]? {
        var result: [UInt8] = []
        let found = try read(name) { result.append(contentsOf: $0) }
        return found ? result : nil
    }

    /// At most the first `count` bytes of the entry (inflating no more than one chunk beyond
    /// them), or nil when there is no such entry.
    func prefix(_ name: String, count: Int) throws -> [UInt8]? {
        var result: [UInt8] = []
        do {
            let found = try read(name, chunkSize: max(count, 1)) { chunk in
                result.append(contentsOf: chunk.prefix(count - result.count))
                if result.count >= count { throw PrefixComplete() }
            }
            return found ? result : nil
        } catch is PrefixComplete {
            return result
        }
    }

    /// Ends `prefix`'s read early; never escapes this type.
    private struct PrefixComplete: Error {}

    /// Throws when `entryRead` bytes of `name` (inflated so far, or `declared` in the archive's
    /// directory) cross a limit.
    private func check(name: String, entryRead: Int, compressed: Int, declared: Bool = false) throws {
        let size = declared ? "declared uncompressed size" : "uncompressed size"
        if entryRead > limits.maxEntryBytes {
            throw DocumentError.limitExceeded(what: "\(size) of \(name) (--max-entry-bytes)", limit: limits.maxEntryBytes)
        }
        if (declared ? totalRead + entryRead : totalRead) > limits.maxTotalBytes {
            throw DocumentError.limitExceeded(what: "\(size) of the archive (--max-total-bytes)", limit: limits.maxTotalBytes)
        }
        if entryRead > limits.ratioThresholdBytes && entryRead / compressed > limits.maxRatio {
            throw DocumentError.limitExceeded(what: "inflate ratio of \(name), a zip bomb (--max-inflate-ratio)", limit: limits.maxRatio)
        }
    }

    private func lastError(_ name: String) -> DocumentError {
        .corruptArchive(reason: "\(name): \(String(cString: zip_error_strerror(zip_get_error(archive))))")
    }
}
