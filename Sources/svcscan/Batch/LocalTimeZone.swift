import Foundation

/// Stops glibc from checking the time zone file again for every zip entry.
///
/// libzip converts each entry's DOS date with `mktime` when it opens an archive, and with `TZ`
/// unset glibc stats `/etc/localtime` on every call: about 18 system calls per résumé. Naming
/// that same file in `TZ` makes glibc read it once. The zone is unchanged, and svcscan prints
/// no local times anyway.
enum LocalTimeZone {
    /// Call before any thread starts: `setenv` is not thread-safe.
    static func readOnce() {
        #if os(Linux)
        if getenv("TZ") == nil { setenv("TZ", ":/etc/localtime", 0) }
        #endif
    }
}
