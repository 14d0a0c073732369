import Foundation
import NavetteCore
import NavetteFormats
import NavetteWatch
import Testing
import TestSupport

/// Sync + detection over the nine readings of pjl09-200 served locally, time split between fetch,
/// parse, detect (the alinéa diff) and store, with peers measured in the same run: curl for the
/// fetch, `git diff --no-index --word-diff` for the diff. Not a test of speed (nothing is asserted on
/// time); run it on a release build:
///
///     NAVETTE_BENCH=1 swift test -c release --filter WatchBenchmark
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
        let syncer = try served.syncer(retries: 0, articles: [])
        let clock = ContinuousClock()

        var first: SyncReport!
        let firstTotal = try clock.measure { first = try syncer.run() }
        #expect(first.count("stored") == 9)

        // Every address now serves the next reading's text: nine new snapshots, every article diffed.
        let copies = sources.map { $0.copy! }
        for (index, source) in sources.enumerated() {
            served.serve(source.url, try Corpus.bytes(copies[(index + 1) % copies.count]), contentType: "application/json")
        }
        var second: SyncReport!
        let secondTotal = try clock.measure { second = try syncer.run() }
        #expect(second.count("stored") == 9)
        var third: SyncReport!
        let thirdTotal = try clock.measure { third = try syncer.run() }
        #expect(third.count("not modified") == 9)

        // Peers: curl fetching the nine addresses in one process; git's word diff of the same pairs.
        let urls = sources.map { served.server.base + ServedManifest.path(of: $0.url) }
        let curl = try clock.measure { try run("/usr/bin/env", ["curl", "-s", "-o", "/dev/null"] + urls.flatMap { [$0, "-o", "/dev/null"] }) }
        let scratch = try TemporaryDirectory()
        var texts: [String] = []
        for (index, copy) in copies.enumerated() {
            let reading = try DocumentLoader.readReading(bytes: try Corpus.bytes(copy), file: copy)
            texts.append(try scratch.write("r\(index).txt", reading.articles.flatMap { ["Article \($0.label)"] + $0.alineas.map(\.text) }.joined(separator: "\n")))
        }
        let git = try clock.measure {
            for index in texts.indices {
                try run("/usr/bin/env", ["git", "diff", "--no-index", "--word-diff=porcelain", texts[index], texts[(index + 1) % texts.count]], allowFailure: true)
            }
        }

        func ms(_ duration: Duration) -> String {
            String(format: "%.1f", Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15)
        }
        let changedArticles = second.changes.count
        print("""
            WatchBenchmark pjl09-200, 9 readings (\(copies.reduce(0) { $0 + ((try? Corpus.bytes($1).count) ?? 0) }) bytes)
              sync 1 (9 new, baseline): total \(ms(firstTotal)) ms = fetch \(ms(first.timings.fetch)) + parse \(ms(first.timings.parse)) + detect \(ms(first.timings.detect)) + store \(ms(first.timings.store))
              sync 2 (9 changed, \(changedArticles) article changes): total \(ms(secondTotal)) ms = fetch \(ms(second.timings.fetch)) + parse \(ms(second.timings.parse)) + detect \(ms(second.timings.detect)) + store \(ms(second.timings.store))
              sync 3 (9 × 304): total \(ms(thirdTotal)) ms = fetch \(ms(third.timings.fetch))
              peers: curl 9 GETs \(ms(curl)) ms; git diff --word-diff 9 pairs \(ms(git)) ms
              ratios: fetch / curl = \(String(format: "%.2f", second.timings.fetch / curl)); detect / git word diff = \(String(format: "%.2f", second.timings.detect / git))
            """)
    }

    private func run(_ executable: String, _ arguments: [String], allowFailure: Bool = false) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        if !allowFailure, process.terminationStatus != 0 { throw ServerError("\(arguments[0]) failed") }
    }
}
