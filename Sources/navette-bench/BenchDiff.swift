import ArgumentParser
import Foundation
import NavetteCLI
import NavetteCore
import NavetteFormats
import NavetteRender

/// `navette-bench diff`: times the comparison of many article pairs against peers run on the same
/// pairs in the same session, and reports ratios (build with `-c release`).
///
/// Peers: `git diff --no-index --word-diff` (one process over two directories of files, one alinéa
/// per line), Python's `difflib` (lines, then words of replaced lines) and `diff-match-patch`
/// (characters with semantic cleanup, its default 1 s timeout per pair, one run) when installed;
/// Python is timed inside the interpreter, git as a whole process.
struct DiffBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Time navette's comparison against git diff --word-diff, Python difflib and diff-match-patch.",
        discussion: """
            PATH is a dossier directory (every article between every pair of consecutive readings, as \
            `navette diff DOSSIER --all` compares them) or a directory of before/after pairs in the \
            amendment-application layout (CASE/article_avant, CASE/article_apres).

            Example:
              swift run -c release navette-bench diff ../shared/corpus/lafabrique/pjl09-200
            """)

    @Argument(help: "A dossier directory, or a directory of article_avant/article_apres pairs.")
    var path: String

    @Option(name: .long, help: "Runs of each tool; the best time is kept.")
    var runs: Int = 5

    @Flag(name: .long, help: "Time navette only.")
    var noPeers = false

    func run() throws {
        let workload = try DiffWorkload(path: path)
        var output = StandardOutput()
        output.write("workload: \(workload.description)\n")
        let compare = Timing.best(runs) {
            for pair in workload.pairs { _ = Comparer.compare(old: pair.old, new: pair.new) }
        }
        var rows: [(String, Double?)] = [("navette compare (in-process)", compare)]
        if let readings = workload.readings {
            let wholeDiff = Timing.best(runs) {
                let comparisons = zip(readings, readings.dropFirst()).map { ReadingComparison(old: $0, new: $1) }
                _ = try? DiffOutput.render(comparisons, format: .text, full: false, colour: false)
            }
            rows.append(("navette diff --all: match, compare, text", wholeDiff))
        }
        // The whole process, as a user waits for it (start-up, reading, JSON written): issue 12's figure.
        var process: (wall: Double, cpu: Double)? = nil
        if workload.readings != nil {
            process = ProcessTiming.navette(["diff", path, "--all", "--format", "json"], runs: runs)
            rows.append(("navette diff --all --format json (process)", process?.wall))
        }
        if !noPeers {
            let directory = try workload.writeFiles()
            defer { try? FileManager.default.removeItem(at: directory) }
            rows.append(
                (
                    "git diff --no-index --word-diff",
                    Timing.best(runs) {
                        _ = Timing.run(
                            "/usr/bin/env",
                            ["git", "diff", "--no-index", "--no-color", "--word-diff=porcelain", "old", "new"],
                            in: directory)
                    }
                ))
            let python = Timing.python(directory: directory, runs: runs)
            rows.append(("python difflib (lines, then words)", python["difflib"]))
            rows.append(("python diff-match-patch (semantic)", python["dmp"]))
        }
        for (name, seconds) in rows {
            let time = seconds.map { String(format: "%9.1f ms", $0 * 1000) } ?? "      n/a   "
            let ratio = seconds.map { String(format: "  ×%.1f", $0 / compare) } ?? ""
            output.write("\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(time)\(ratio)\n")
        }
        output.write("(ratio: time / navette compare; best of \(runs) runs; the process: median wall)\n")
        if let process, let git = rows.first(where: { $0.0.hasPrefix("git") })?.1 {
            output.write(
                String(
                    format: "whole process: %.1f ms wall, %.1f ms CPU (median); git word-diff / navette: ×%.1f",
                    process.wall * 1000, process.cpu * 1000, git / process.wall) + "; load \(ProcessTiming.load)\n")
        }
    }
}

/// The article pairs a benchmark compares.
struct DiffWorkload {
    var pairs: [(old: [Alinea], new: [Alinea])] = []
    /// The readings of a dossier, in order, when the workload is one.
    var readings: [Reading]?
    var description = ""

    init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReadError(
                file: path, "expected a dossier directory or a directory of article_avant/article_apres pairs")
        }
        if FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("viz/procedure.json")) {
            let dossier = try DocumentLoader.readDossier(path: path)
            readings = dossier.readings
            for (old, new) in zip(dossier.readings, dossier.readings.dropFirst()) {
                var byKey: [String: Article] = [:]
                for article in old.articles where byKey[article.number.key] == nil {
                    byKey[article.number.key] = article
                }
                for article in new.articles {
                    pairs.append((byKey.removeValue(forKey: article.number.key)?.alineas ?? [], article.alineas))
                }
                for article in old.articles where byKey.removeValue(forKey: article.number.key) != nil {
                    pairs.append((article.alineas, []))
                }
            }
            description = "\(dossier.id), \(dossier.readings.count) readings, \(pairs.count) article pairs"
        } else {
            for name in try FileManager.default.contentsOfDirectory(atPath: path).sorted() {
                let directory = (path as NSString).appendingPathComponent(name)
                guard let before = FileManager.default.contents(atPath: directory + "/article_avant"),
                    let after = FileManager.default.contents(atPath: directory + "/article_apres")
                else { continue }
                pairs.append((DiffWorkload.alineas(before), DiffWorkload.alineas(after)))
            }
            description = "\((path as NSString).lastPathComponent), \(pairs.count) article pairs"
        }
        let characters = pairs.reduce(0) { $0 + ($1.old + $1.new).reduce(0) { $0 + $1.text.utf8.count } }
        description += String(format: ", %.2f MB of text", Double(characters) / 1_000_000)
    }

    /// The alinéas of a dataset file, as the amendment-application dataset writes them.
    static func alineas(_ data: Data) -> [Alinea] {
        AmendmentApplicationDataset.paragraphs(String(decoding: data, as: UTF8.self)).map { Alinea($0) }
    }

    /// `old/NNNNN.txt` and `new/NNNNN.txt`, one alinéa per line, for the peers.
    func writeFiles() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("navette-bench-\(getpid())")
        for side in ["old", "new"] {
            try FileManager.default.createDirectory(
                at: directory.appendingPathComponent(side), withIntermediateDirectories: true)
        }
        for (index, pair) in pairs.enumerated() {
            let name = String(format: "%05d.txt", index)
            for (side, alineas) in [("old", pair.old), ("new", pair.new)] {
                let text = alineas.map { $0.text.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
                try Data(text.utf8).write(to: directory.appendingPathComponent(side).appendingPathComponent(name))
            }
        }
        return directory
    }
}
