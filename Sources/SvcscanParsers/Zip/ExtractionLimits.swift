/// Bounds on what svcscan will inflate from an archive, so a zip bomb costs bounded memory and
/// time. Decompression stops as soon as a limit is crossed.
public struct ExtractionLimits: Sendable, Equatable {
    /// Most entries an archive may list.
    public var maxEntries: Int
    /// Most uncompressed bytes read from one entry.
    public var maxEntryBytes: Int
    /// Most uncompressed bytes read from one archive, all entries together.
    public var maxTotalBytes: Int
    /// Largest inflate ratio (uncompressed ÷ compressed) allowed once an entry has produced more
    /// than `ratioThresholdBytes`; real XML compresses 5–30×, bombs thousands of times.
    public var maxRatio: Int
    /// Entries smaller than this are never refused for their ratio.
    public var ratioThresholdBytes: Int

    public init(maxEntries: Int = 10_000, maxEntryBytes: Int = 256 << 20, maxTotalBytes: Int = 512 << 20,
                maxRatio: Int = 200, ratioThresholdBytes: Int = 4 << 20) {
        self.maxEntries = maxEntries
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.ratioThresholdBytes = ratioThresholdBytes
    }

    public static let `default` = ExtractionLimits()
}
