// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "navette",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "navette", targets: ["navette"]),
        .executable(name: "navette-bench", targets: ["navette-bench"]),
        .library(name: "NavetteCore", targets: ["NavetteCore"]),
        .library(name: "NavetteFormats", targets: ["NavetteFormats"]),
        .library(name: "NavetteStore", targets: ["NavetteStore"]),
        .library(name: "NavetteWatch", targets: ["NavetteWatch"]),
        .library(name: "NavetteReport", targets: ["NavetteReport"]),
        .library(name: "NavetteRender", targets: ["NavetteRender"]),
        .library(name: "NavetteIndex", targets: ["NavetteIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Property-based tests (test targets only).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The model and every pure algorithm: no file, no socket.
        .target(name: "NavetteCore"),
        // Readers of the official formats; the only target that sees libxml2.
        .target(
            name: "NavetteFormats",
            dependencies: [
                "NavetteCore", "CLibXML2", .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The append-only history of what was fetched, read and detected (SQLite through GRDB).
        .target(
            name: "NavetteStore",
            dependencies: ["NavetteCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Fetching the official sources, change detection, notifications.
        .target(
            name: "NavetteWatch", dependencies: ["NavetteCore", "NavetteFormats", "NavetteStore", "NavetteReport"]),
        // A legislature's amendments in the store: ingestion (files, trees, zips streamed) and search.
        .target(
            name: "NavetteIndex",
            dependencies: [
                "NavetteCore", "NavetteFormats", "NavetteStore", "NavetteReport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The annotated report (HTML, Markdown, JSON): pure rendering of core values, no I/O.
        .target(name: "NavetteReport", dependencies: ["NavetteCore"]),
        // What the subcommands print: diffs, outlines, lineage, listings, scorecards, apply output.
        .target(name: "NavetteRender", dependencies: ["NavetteCore", "NavetteFormats", "NavetteReport"]),
        // Subcommands, kept in a library so tests can drive them in-process.
        .target(
            name: "NavetteCLI",
            dependencies: [
                "NavetteCore", "NavetteFormats", "NavetteStore", "NavetteWatch", "NavetteReport", "NavetteRender",
                "NavetteIndex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "navette", dependencies: ["NavetteCLI"]),
        // Measurements against peer tools, kept out of the user's binary: one file per benchmark.
        .executableTarget(
            name: "navette-bench",
            dependencies: [
                "NavetteCLI", "NavetteCore", "NavetteFormats", "NavetteRender", "NavetteReport", "NavetteIndex",
                "NavetteStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["NavetteCore"], path: "Tests/TestSupport"),
        .testTarget(
            name: "NavetteCoreTests",
            dependencies: [
                "NavetteCore", "NavetteFormats", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "NavetteFormatsTests",
            dependencies: [
                "NavetteFormats", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "NavetteWatchTests",
            dependencies: [
                "NavetteWatch", "NavetteStore", "NavetteFormats", "TestSupport", "navette",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "NavetteReportTests",
            dependencies: ["NavetteReport", "NavetteFormats", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "NavetteIndexTests",
            dependencies: [
                "NavetteIndex", "NavetteStore", "NavetteFormats", "TestSupport", "navette",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "NavetteCLITests",
            dependencies: ["NavetteCLI", "NavetteRender", "TestSupport", "navette", "navette-bench"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
