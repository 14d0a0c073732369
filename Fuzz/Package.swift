// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for navette's readers and algorithms, kept out of the main package so that
// `swift build` and `swift test` never see -sanitize=fuzzer. Built and run by `scripts/fuzz`:
//   swift build -c release --package-path Fuzz --sanitize fuzzer --sanitize address \
//     -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
// One binary holds every target; NAVETTE_FUZZ_TARGET chooses which one a run drives.
let package = Package(
    name: "navette-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "navette", path: "..")],
    targets: [
        .executableTarget(
            name: "navette-fuzz",
            dependencies: [
                .product(name: "NavetteCore", package: "navette"),
                .product(name: "NavetteFormats", package: "navette"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
