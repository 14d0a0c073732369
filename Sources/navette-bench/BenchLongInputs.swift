import ArgumentParser
import Foundation
import NavetteCLI

/// `navette-bench long-inputs`: seconds per megabyte of each command on each long shape of issue 15
/// (`LongInputShapes`), run as processes of the release `navette` (goal: ≤ 1 s/MB whatever the
/// shape). The megabytes are those of every file the command reads; `wc -w` on the same files is the
/// peer, so that a loaded machine shows in both columns. CPU seconds (user + system) per MB are given
/// too: on a shared machine the wall time mostly waits for a core.
struct BenchLongInputs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "long-inputs",
        abstract: "Seconds per MB of show, diff, apply and motion on the long input shapes (goal ≤ 1 s/MB).",
        discussion: """
            Example:
              swift build -c release --scratch-path .build-release
              .build-release/release/navette-bench long-inputs --scale 1
            """)

    @Option(
        name: .long,
        help: "1 is the issue's (5 MB alinéa and motion, 1,000,000 alinéas, 100,000 levels, 50 MB page).")
    var scale: Double = 1

    @Option(name: .long, help: "The navette executable to time (default: the one beside navette-bench).")
    var navette: String?

    @Option(name: .long, help: "The corpus (the motion is read against corpus/jo2024 with it as mirror).")
    var corpus: String = ProcessInfo.processInfo.environment["NAVETTE_CORPUS"] ?? "../shared/corpus"

    @Option(name: .long, help: "Only the runs whose shape or command contains this text.")
    var only: String?

    func run() throws {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/navette"
        let executable = navette ?? beside
        let directory = NSTemporaryDirectory() + "navette-bench-long-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var output = StandardOutput()
        #if DEBUG
            output.write("note: debug build; build with -c release for meaningful figures\n")
        #endif
        let runs = try LongInputShapes.write(
            to: directory, scale: scale, dossier: "corpus/jo2024", mirror: corpus
        ).filter { run in only.map { run.shape.contains($0) || run.command.contains($0) } ?? true }
        output.write("shape                    command    MB      s     s/MB  CPU s/MB  peak MB   wc -w s/MB\n")
        for run in runs {
            let files = run.arguments.filter { $0.hasPrefix(directory) }
            // A refusal (status 1) is timed too: through sh, whose exit is then 0.
            let measured =
                run.status == 0
                ? try Measured.run(executable, run.arguments)
                : try Measured.run("/bin/sh", ["-c", "\"$0\" \"$@\" 2>/dev/null || true", executable] + run.arguments)
            let peer = try Measured.run("/usr/bin/wc", ["-w"] + files)
            let megabytes = Double(run.bytes) / 1_000_000
            output.write(
                String(
                    format: "%@ %@ %6.1f %7.2f %7.3f %9.3f %8.0f %10.3f\n", pad(run.shape, 24) as NSString,
                    pad(run.command, 8) as NSString, megabytes,
                    measured.seconds, measured.seconds / megabytes, measured.cpuSeconds / megabytes,
                    Double(measured.peakBytes) / 1_000_000, peer.seconds / megabytes))
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }
}
