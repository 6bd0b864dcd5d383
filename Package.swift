// swift-tools-version:6.0
import PackageDescription

// Data flows one way: bytes → Document (SvcscanParsers) → Report (SvcscanMatcher) → output
// (SvcscanReporters). The executable wires them; SvcscanCore holds the value types they share.
let package = Package(
    name: "svcscan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "svcscan", targets: ["svcscan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]
        ),
        // glibc's malloc.h, to keep a long batch's peak memory flat (one malloc arena).
        .systemLibrary(name: "CMalloc"),
        .target(name: "SvcscanCore"),
        // The default lexicon, compiled to bytes by scripts/embed-lexicon.
        .target(name: "SvcscanLexiconData"),
        .target(
            name: "SvcscanParsers",
            dependencies: ["SvcscanCore", "CLibXML2", "CLibZip"]
        ),
        .target(
            name: "SvcscanMatcher",
            dependencies: ["SvcscanCore", "SvcscanLexiconData", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "SvcscanReporters", dependencies: ["SvcscanCore"]),
        .executableTarget(
            name: "svcscan",
            dependencies: [
                "SvcscanCore", "SvcscanParsers", "SvcscanMatcher", "SvcscanReporters", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "SvcscanTestSupport", dependencies: ["SvcscanCore", "SvcscanReporters", "CLibZip"]),
        .testTarget(
            name: "SvcscanParsersTests",
            dependencies: ["SvcscanParsers", "SvcscanTestSupport"]
        ),
        .testTarget(
            name: "SvcscanMatcherTests",
            dependencies: ["SvcscanMatcher", "SvcscanParsers", "SvcscanTestSupport"]
        ),
        .testTarget(
            name: "SvcscanReportersTests",
            dependencies: ["SvcscanReporters", "SvcscanTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "svcscanTests",
            dependencies: ["svcscan", "SvcscanTestSupport"]
        ),
    ]
)

// libFuzzer targets exist only when SVCSCAN_FUZZ is set (scripts/fuzz does this): they have no
// `main` of their own, so an ordinary `swift build` must not try to link them.
if Context.environment["SVCSCAN_FUZZ"] != nil {
    for name in ["FuzzDOCX", "FuzzPDFLayout", "FuzzMarkdown", "FuzzTextDecoding", "FuzzLexicon", "FuzzCompiledLexicon"] {
        package.targets.append(.executableTarget(name: name, dependencies: ["SvcscanParsers", "SvcscanMatcher"], path: "Fuzz/\(name)"))
        package.products.append(.executable(name: name, targets: [name]))
    }
}
