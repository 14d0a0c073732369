import ArgumentParser
import Foundation
import NavetteCLI
import NavetteIndex
import NavetteStore

/// `bench index DUMP`: `navette index amendments` on a dump of AN amendment JSON (a zip), timed with
/// its peak memory next to a peer doing the same extraction and load with stock tools in the same
/// run (`unzip -p | jq` to CSV, then `sqlite3 .import` and an FTS5 index), then the index's size
/// against the JSON and the latency of varied searches.
struct BenchIndex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Ingest time and memory next to jq + sqlite3, index size, search latency percentiles.",
        discussion: """
            DUMP is a zip of AN open-data amendment JSON, such as the synthetic legislature that \
            scripts/grow-legislature writes from the corpus's real amendments. Needs unzip, jq, sqlite3 \
            and GNU time (/usr/bin/time). Build with -c release for meaningful figures.

            Example:
              scripts/grow-legislature 120000 /tmp/legislature-120k.zip
              swift build -c release --scratch-path .build-release
              .build-release/release/navette bench index /tmp/legislature-120k.zip --queries 1000
            """
    )

    @Argument(help: "The zip of amendment JSON to ingest.")
    var dump: String

    @Option(name: .long, help: "How many searches to time.")
    var queries = 1000

    @Option(name: .long, help: "Scratch directory for the index and the peer's files (default: a temporary one).")
    var work: String?

    @Option(name: .long, help: "The navette executable to time (default: the one beside navette-bench).")
    var navette: String?

    @Flag(name: .long, help: "Only the searches, on the index a previous run left in --work.")
    var searchOnly = false

    func run() throws {
        let directory = work ?? NSTemporaryDirectory() + "navette-bench-index-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let store = directory + "/index.sqlite"
        if searchOnly {
            let latency = try SearchLatency.measure(try AmendmentIndex(path: store), count: queries)
            var output = StandardOutput()
            output.write("search      \(latency.count) queries: median \(milliseconds(latency.median)), ")
            output.write(
                "p99 \(milliseconds(latency.p99)), max \(milliseconds(latency.max)); slowest \(latency.slowest)\n")
            output.write("  CPU       median \(milliseconds(latency.cpuMedian)), p99 \(milliseconds(latency.cpuP99))\n")
            return
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        guard let executable = navette ?? ProcessTiming.navetteExecutable else {
            throw UserError.notFound(
                "no navette beside navette-bench: build it (swift build -c release --product navette) or pass --navette"
            )
        }
        var output = StandardOutput()
        #if DEBUG
            output.write("note: debug build; build with -c release for meaningful figures\n")
        #endif
        let json = try DumpSize.uncompressedBytes(dump)
        output.write("bench index: \(dump), \(json.members) members, \(megabytes(json.bytes)) of JSON\n\n")

        let ingest = try Measured.run(executable, ["index", "amendments", dump, "--store", store])
        let peer = try IndexPeer(dump: dump, directory: directory).run()
        let index = try AmendmentIndex(path: store)
        let rows = try index.counts().amendments
        let size = try index.checkpointedBytes()
        output.write("ingest      \(rows) amendments\n")
        output.write(
            "  navette   \(seconds(ingest.seconds))  CPU \(seconds(ingest.cpuSeconds))  peak \(megabytes(ingest.peakBytes))\n"
        )
        output.write("  peer      \(seconds(peer.total)) (jq \(seconds(peer.extract.seconds)), ")
        output.write("sqlite3 .import + FTS5 \(seconds(peer.load.seconds)))  CPU \(seconds(peer.cpuSeconds))  ")
        output.write("peak \(megabytes(peer.peakBytes))\n")
        output.write("  ratio     navette / peer = \(String(format: "%.2f", ingest.seconds / peer.total)) wall, ")
        output.write("\(String(format: "%.2f", ingest.cpuSeconds / peer.cpuSeconds)) CPU\n")
        output.write("  goal      ≤ 60 s, ≤ 300 MB\n\n")
        output.write(
            "size        index \(megabytes(size)) = \(String(format: "%.2f", Double(size) / Double(json.bytes)))× ")
        output.write("the JSON (goal ≤ 1.5×); peer's database \(megabytes(peer.databaseBytes))\n\n")

        let latency = try SearchLatency.measure(index, count: queries)
        output.write("search      \(latency.count) queries (words, phrases, prefixes, filters by article and group)\n")
        output.write("  median    \(milliseconds(latency.median))  p99 \(milliseconds(latency.p99))  ")
        output.write("max \(milliseconds(latency.max))  (goal ≤ 50 ms / ≤ 200 ms)\n")
        output.write("  CPU       median \(milliseconds(latency.cpuMedian)), p99 \(milliseconds(latency.cpuP99)) ")
        output.write("(the searching thread's CPU time: what a loaded machine does not inflate)\n")
        output.write("  slowest   \(latency.slowest)\n")
    }

    private func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }
    private func milliseconds(_ value: Double) -> String { String(format: "%.1f ms", value * 1000) }
    private func megabytes(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1_000_000) }
}

/// A child process's wall time and peak resident memory, through GNU time.
struct Measured {
    var seconds: Double
    var peakBytes: Int
    /// User and system CPU time: what a loaded machine does not inflate (wall time waits for a core).
    var cpuSeconds: Double = 0

    /// Runs `executable arguments` (or `sh -c script`), output discarded; fails on a non-zero exit.
    static func run(_ executable: String, _ arguments: [String]) throws -> Measured {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "navette-bench %e %M %U %S", executable] + arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let line = text.split(separator: "\n").last { $0.hasPrefix("navette-bench ") }
        guard process.terminationStatus == 0, let fields = line?.split(separator: " "), fields.count == 5,
            let seconds = Double(fields[1]), let kilobytes = Int(fields[2]), let user = Double(fields[3]),
            let system = Double(fields[4])
        else {
            throw UserError.unsuitable("\(executable) \(arguments.joined(separator: " ")) failed: \(text.suffix(400))")
        }
        return Measured(seconds: seconds, peakBytes: kilobytes * 1024, cpuSeconds: user + system)
    }
}

/// The peer: the same fields pulled out of the same zip by `unzip -p | jq` into CSV, then loaded by
/// `sqlite3`'s `.import` with an FTS5 index (unicode61, accents removed) over dispositif and exposé.
/// It does less than navette (no HTML stripping, no entity decoding, no folding of ligatures or
/// hyphens, no per-file resumption), so the ratio flatters the peer.
struct IndexPeer {
    var dump: String
    var directory: String

    struct Result {
        var extract: Measured
        var load: Measured
        var databaseBytes: Int
        var total: Double { extract.seconds + load.seconds }
        var cpuSeconds: Double { extract.cpuSeconds + load.cpuSeconds }
        var peakBytes: Int { max(extract.peakBytes, load.peakBytes) }
    }

    static let fields = """
        def s: if type == "string" then . else "" end;
        .amendement | [.uid, (.identification.numeroLong|s), (.texteLegislatifRef|s), (.legislature|s),
          (.pointeurFragmentTexte.division.titre?|s), (.pointeurFragmentTexte.amendementStandard.alinea.numero?|s),
          (.signataires.libelle|s), (.signataires.auteur.groupePolitiqueRef?|s), (.cycleDeVie.dateDepot|s),
          (.cycleDeVie.sort|s), (.corps.contenuAuteur.dispositif?|s), (.corps.contenuAuteur.exposeSommaire?|s)]
        | @csv
        """

    func run() throws -> Result {
        let csv = directory + "/peer.csv"
        let database = directory + "/peer.sqlite"
        try? FileManager.default.removeItem(atPath: database)
        let quote = { (text: String) in "'" + text.replacing("'", with: "'\\''") + "'" }
        let extract = try Measured.run(
            "/bin/sh", ["-c", "unzip -p \(quote(dump)) '*.json' | jq -r \(quote(Self.fields)) > \(quote(csv))"])
        let script = """
            CREATE TABLE a(uid, number, text, legislature, article, alinea, authors, grp, date, fate, dispositif, expose);
            .import --csv \(csv) a
            CREATE VIRTUAL TABLE f USING fts5(dispositif, expose, content='a', tokenize="unicode61 remove_diacritics 2");
            INSERT INTO f(rowid, dispositif, expose) SELECT rowid, dispositif, expose FROM a;
            """
        let scriptPath = directory + "/peer.sql"
        try Data(script.utf8).write(to: URL(fileURLWithPath: scriptPath))
        let load = try Measured.run("/bin/sh", ["-c", "sqlite3 \(quote(database)) < \(quote(scriptPath))"])
        let bytes = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? NSNumber)?.intValue ?? 0
        return Result(extract: extract, load: load, databaseBytes: bytes)
    }
}
