import Foundation
import NavetteCore
import NavetteFormats
import NavetteWatch
import TestSupport
import Testing

/// Sync + detection over the nine readings of pjl09-200 served locally, time split between fetch,
/// parse, detect (the alinéa diff, with decoding the previous reading) and store as `navette sync
/// --timings` reports it, with peers measured in the same run: curl for the fetch, `git diff
/// --no-index --word-diff` for the diff. Nothing is asserted on time. The binary is `$NAVETTE_BIN`
/// (a release build: release test builds trip over libxml2's and Foundation's ICU headers) or the
/// debug one:
///
///     swift build -c release --product navette
///     NAVETTE_BENCH=1 NAVETTE_BIN=.build/release/navette swift test --filter WatchBenchmark
@Suite struct WatchBenchmark {
    static let dossier = "lafabrique/pjl09-200"

    /// A manifest of the dossier's readings (their official addresses and La Fabrique copies).
    static func manifest() throws -> String {
        let dossier = try LaFabriqueReader.readDossier(directory: Corpus.path(dossier))
        var yaml = "id: pjl09-200-bench\ntitle: pjl09-200 served locally\nreadings:\n"
        for reading in dossier.readings {
            guard let url = reading.source, url.hasPrefix("http") else { continue }
            let copy = "\(Self.dossier)/procedure/\(reading.id)/texte/texte.json"
            guard FileManager.default.fileExists(atPath: Corpus.path(copy)) else { continue }
            yaml += "  - {id: \(reading.id), stage: x, url: \"\(url)\", copy: \(copy)}\n"
        }
        return yaml
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["NAVETTE_BENCH"] != nil))
    func syncAndDetectOverNineReadings() throws {
        let served = try ServedManifest.inline(try Self.manifest())
        let sources = SourcePlan.sources(for: served.manifest)
        #expect(sources.count == 9)
        let binary = ProcessInfo.processInfo.environment["NAVETTE_BIN"] ?? NavetteProcess.executable
        let clock = ContinuousClock()
        func sync() throws -> (output: String, wall: Duration) {
            var output = ""
            let wall = try clock.measure {
                output = try capture(
                    binary, ["sync", served.manifest.file, "--timings", "--feed", served.feedPath] + served.cliOptions)
            }
            return (output, wall)
        }

        let first = try sync()
        #expect(first.output.contains("9 stored"))
        // Every address now serves the next reading's text: nine new snapshots, every article diffed.
        let copies = sources.map { $0.copy! }
        for (index, source) in sources.enumerated() {
            served.serve(
                source.url, try Corpus.bytes(copies[(index + 1) % copies.count]), contentType: "application/json")
        }
        let second = try sync()
        #expect(second.output.contains("9 stored"))
        let third = try sync()
        #expect(third.output.contains("9 not modified"))

        // Peers: curl fetching the nine addresses in one process; git's word diff of the same pairs.
        let urls = sources.map { served.server.base + ServedManifest.path(of: $0.url) }
        let curl = try clock.measure {
            _ = try capture("/usr/bin/env", ["curl", "-s"] + urls.flatMap { [$0, "-o", "/dev/null"] })
        }
        let scratch = try TemporaryDirectory()
        var texts: [String] = []
        for (index, copy) in copies.enumerated() {
            let reading = try DocumentLoader.readReading(bytes: try Corpus.bytes(copy), file: copy)
            let lines = reading.articles.flatMap { ["Article \($0.label)"] + $0.alineas.map(\.text) }
            texts.append(try scratch.write("r\(index).txt", lines.joined(separator: "\n")))
        }
        let git = try clock.measure {
            for index in texts.indices {
                _ = try capture(
                    "/usr/bin/env",
                    [
                        "git", "diff", "--no-index", "--word-diff=porcelain", texts[index],
                        texts[(index + 1) % texts.count],
                    ])
            }
        }

        func ms(_ duration: Duration) -> String {
            String(
                format: "%.1f ms",
                Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15)
        }
        func lines(_ run: (output: String, wall: Duration)) -> String {
            run.output.split(separator: "\n").filter { !$0.hasPrefix("●") && !$0.hasPrefix("  ") }.joined(
                separator: " | ") + " | wall \(ms(run.wall))"
        }
        let size = try copies.reduce(0) { $0 + (try Corpus.bytes($1)).count }
        print(
            """
            WatchBenchmark pjl09-200, 9 readings, \(size) bytes, binary \(binary)
              sync 1 (baseline): \(lines(first))
              sync 2 (9 changed texts): \(lines(second))
              sync 3 (9 x 304): \(lines(third))
              peers: curl 9 GETs \(ms(curl)); git diff --word-diff 9 pairs \(ms(git))
            """)
    }

    /// Runs a program, returns its standard output (exit status ignored: git diff exits 1 on a difference).
    private func capture(_ executable: String, _ arguments: [String]) throws -> String {
        try Subprocess.run(executable, arguments).stdout
    }
}
