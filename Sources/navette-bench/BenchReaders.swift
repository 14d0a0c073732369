import ArgumentParser
import Foundation
import NavetteCLI
import NavetteFormats

/// `navette-bench readers`: navette's readers against `xmllint --noout` on the same files, as MB/s
/// and a ratio, per detected format and in total.
///
/// navette reads each file (from disk, detection included) in-process; xmllint parses the same files
/// the same number of times in one process per format. xmllint's start-up is taken out by also timing
/// one pass and counting only the other passes (fastest of five tries of each). A small group is read
/// more than `--runs` times, so that each tool reads at least `--megabytes` and start-up noise does
/// not decide the figure. Each tool's time is the fastest of five tries. Files navette refuses are
/// listed and left out of both measures.
struct BenchReaders: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readers",
        abstract: "Readers' throughput (MB/s) next to xmllint --noout on the same files.",
        discussion: """
            Without PATH, reads every .xml and .html file under formats/legi-xml, formats/akn-examples, \
            formats/akn-senato-it and texts in the corpus ($NAVETTE_CORPUS, else ../shared/corpus). \
            Needs xmllint (apt-get install -y libxml2-utils). Build with -c release for meaningful figures.

            Example:
              swift run -c release navette-bench readers --runs 20
            """
    )

    @Argument(help: "Files or directories to read (directories: their .xml, .html and .htm files).")
    var paths: [String] = []

    @Option(name: .long, help: "How many times each file is read, at least (by navette and by xmllint alike).")
    var runs: Int = 20

    @Option(name: .long, help: "Read a format's files more often until each tool reads this many MB.")
    var megabytes: Double = 10

    @Option(name: .long, help: "The xmllint executable.")
    var xmllint: String = "xmllint"

    @Flag(
        name: .long,
        help: "Time navette alone, no xmllint (for callgrind, under which a child process cannot start).")
    var navetteOnly = false

    func validate() throws {
        guard runs >= 2 else {
            throw ValidationError("--runs must be at least 2 (xmllint's start-up is measured apart)")
        }
    }

    func run() throws {
        let files = try BenchFiles.collect(paths.isEmpty ? BenchFiles.defaultRoots() : paths)
        guard !files.isEmpty else {
            throw UserError.notFound("no .xml or .html file found in \(paths.joined(separator: ", "))")
        }
        let tool = navetteOnly ? nil : try XMLLint(path: xmllint)
        var output = StandardOutput()
        #if DEBUG
            output.write("note: debug build; build with -c release for meaningful figures\n")
        #endif
        let peer = tool?.version ?? "no xmllint (--navette-only)"
        output.write("navette-bench readers: \(files.count) files, at least \(runs) runs each, \(peer)\n\n")

        var groups: [String: BenchGroup] = [:]
        for file in files {
            let bytes = try DocumentLoader.readBytes(file)
            let name = DocumentFormat.detect(bytes)?.rawValue ?? "unknown"
            groups[name, default: BenchGroup(name: name)].check(file, size: bytes.count)
        }
        for name in groups.keys.sorted() {
            try groups[name]?.measure(against: tool, runs: runs, megabytes: megabytes)
        }
        BenchReport.write(groups.values.sorted { $0.name < $1.name }, to: &output)
    }
}

/// The files of one detected format and what each tool took on those navette reads.
struct BenchGroup {
    var name: String
    var files = 0
    var read: [(path: String, size: Int)] = []
    var failures: [String] = []
    var runs = 0
    var navette: Duration = .zero
    var peer: Duration? = nil
    var notes: [String] = []

    var bytes: Int { read.reduce(0) { $0 + $1.size } }

    /// Reads the file once (warm-up): kept if navette reads it, listed as a failure if not.
    mutating func check(_ path: String, size: Int) {
        files += 1
        do {
            _ = try DocumentLoader.readReading(path: path)
            read.append((path, size))
        } catch {
            failures.append("\(error)")
        }
    }

    mutating func measure(against tool: XMLLint?, runs minimum: Int, megabytes: Double) throws {
        guard !read.isEmpty else { return }
        runs = max(minimum, Int((megabytes * 1_000_000 / Double(bytes)).rounded(.up)))
        let paths = read.map(\.path)
        let clock = ContinuousClock()
        // The fastest of five tries, as xmllint's below: a single try on a loaded machine measures the load.
        navette = (0..<5).map { _ in
            clock.measure {
                for _ in 0..<runs {
                    for path in paths { _ = try? DocumentLoader.readReading(path: path) }
                }
            }
        }.min()!
        let markup: [DocumentFormat] = [.legi, .akomaNtoso, .html]
        guard markup.contains(where: { $0.rawValue == name }) else {
            return notes.append("not XML or HTML: no xmllint figure, left out of the total")
        }
        guard let tool else { return }
        let html = name == DocumentFormat.html.rawValue
        func fastest(_ files: [String]) throws -> (duration: Duration, status: Int32) {
            try (0..<5).map { _ in try tool.time(files, html: html) }.min { $0.duration < $1.duration }!
        }
        let once = try fastest(paths)
        let all = try fastest(Array(repeating: paths, count: runs).flatMap { $0 })
        peer = max(all.duration - once.duration, .nanoseconds(1))
        if all.duration - once.duration < .milliseconds(10) {
            notes.append("xmllint's extra passes took under 10 ms: too little to measure, raise --megabytes")
        }
        if once.status != 0 { notes.append("xmllint exit status \(once.status) (it reported errors in these files)") }
    }
}

/// Runs xmllint and times it.
struct XMLLint {
    let executable: String
    let version: String

    init(path: String) throws {
        let found = path.contains("/") ? path : XMLLint.search(path)
        guard let found, FileManager.default.isExecutableFile(atPath: found) else {
            throw UserError.notFound("\(path) not found; install it with: apt-get install -y libxml2-utils")
        }
        executable = found
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: found)
        probe.arguments = ["--version"]
        let pipe = Pipe()
        probe.standardError = pipe
        probe.standardOutput = pipe
        try probe.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        probe.waitUntilExit()
        version = text.split(separator: "\n").first.map(String.init) ?? "xmllint"
    }

    private static func search(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Parses `files` in one process, discarding its messages.
    func time(_ files: [String], html: Bool) throws -> (duration: Duration, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = (html ? ["--html", "--noout"] : ["--noout"]) + files
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        try process.runUntilExit()
        return (clock.now - start, process.terminationStatus)
    }
}

/// Which files the bench reads.
enum BenchFiles {
    static func defaultRoots() -> [String] {
        let environment = ProcessInfo.processInfo.environment["NAVETTE_CORPUS"] ?? ""
        let corpus = environment.isEmpty ? "../shared/corpus" : environment
        return ["formats/legi-xml", "formats/akn-examples", "formats/akn-senato-it", "texts"].map { corpus + "/" + $0 }
    }

    static func collect(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UserError.notFound("\(path): no such file or directory")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let inside = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter {
                ["xml", "html", "htm"].contains(($0 as NSString).pathExtension.lowercased())
            }
            files += inside.sorted().map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }
}

/// The table the bench prints.
enum BenchReport {
    static func write(_ groups: [BenchGroup], to output: inout some TextOutputStream) {
        output.write(row("format", "files", "read", "runs", "MB", "navette MB/s", "xmllint MB/s", "ratio"))
        var total = (files: 0, read: 0, megabytes: 0.0, navette: Duration.zero, peer: Duration.zero, peerMegabytes: 0.0)
        for group in groups {
            output.write(line(group))
            total.files += group.files
            guard group.peer != nil else { continue }
            total.read += group.read.count
            total.megabytes += megabytes(group)
            total.navette += group.navette
            total.peer += group.peer ?? .zero
            total.peerMegabytes += group.runs > 0 ? megabytes(group) * Double(group.runs - 1) / Double(group.runs) : 0
        }
        if total.read == 0 {
            output.write(row("total", "\(total.files)", "0", "", "—", "—", "—", "—"))
        } else {
            let ours = total.megabytes / seconds(total.navette)
            let theirs = total.peerMegabytes / seconds(total.peer)
            output.write(
                row(
                    "total", "\(total.files)", "\(total.read)", "", format(total.megabytes), format(ours),
                    format(theirs), format(ours / theirs)))
        }
        output.write(
            "\nMB: bytes of the files navette reads x runs (10^6 bytes). ratio: navette MB/s / xmllint MB/s.\n")
        let failures = groups.flatMap { group in group.failures.map { "  \(group.name): \($0)" } }
        let notes = groups.flatMap { group in group.notes.map { "  \(group.name): \($0)" } }
        if !failures.isEmpty {
            output.write("\nnot read by navette (left out of both measures): \(failures.count)\n")
            output.write(failures.joined(separator: "\n") + "\n")
        }
        if !notes.isEmpty { output.write("\n" + notes.joined(separator: "\n") + "\n") }
    }

    private static func megabytes(_ group: BenchGroup) -> Double { Double(group.bytes * group.runs) / 1_000_000 }

    private static func line(_ group: BenchGroup) -> String {
        guard !group.read.isEmpty else { return row(group.name, "\(group.files)", "0", "", "—", "—", "—", "—") }
        let ours = megabytes(group) / seconds(group.navette)
        guard let peer = group.peer else {
            return row(
                group.name, "\(group.files)", "\(group.read.count)", "\(group.runs)", format(megabytes(group)),
                format(ours),
                "—", "—")
        }
        // xmllint's extra passes: runs - 1 of them.
        let theirs = megabytes(group) * Double(group.runs - 1) / Double(group.runs) / seconds(peer)
        return row(
            group.name, "\(group.files)", "\(group.read.count)", "\(group.runs)", format(megabytes(group)),
            format(ours),
            format(theirs), format(ours / theirs))
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (whole, fraction) = duration.components
        return max(Double(whole) + Double(fraction) / 1e18, 1e-9)
    }

    private static func format(_ value: Double) -> String {
        value >= 100
            ? String(format: "%.0f", value)
            : value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
    }

    private static func row(_ cells: String...) -> String {
        let widths = [10, 6, 5, 6, 8, 13, 13, 7]
        return zip(cells, widths).enumerated().map { index, pair in
            let (cell, width) = pair
            let pad = String(repeating: " ", count: max(0, width - cell.count))
            return index == 0 ? cell + pad : pad + cell
        }.joined(separator: " ") + "\n"
    }
}
