import ArgumentParser
import Foundation
import NavetteCLI
import NavetteCore
import NavetteFormats
import NavetteReport

/// `navette-bench report`: `navette report DOSSIER` timed as a whole process (median of the runs, wall
/// and CPU), then where the time goes, in process: reading, building, rendering, writing. No peer
/// tool writes such a report: the figure is read against its goal (issue 12: ≤ 0.5 s on pjl09-200).
struct ReportBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Time navette report as a whole process, then its phases (read, build, render, write).",
        discussion: """
            Example:
              swift run -c release navette-bench report ../shared/corpus/lafabrique/pjl09-200
            """)

    @Argument(help: "A La Fabrique dossier directory, or a manifest (with --mirror).")
    var dossier: String

    @Option(name: .long, help: "Root of the local copies a manifest names.")
    var mirror: String?

    @Option(name: .long, help: "Runs of each measure: the median is kept.")
    var runs: Int = 10

    func run() throws {
        var output = StandardOutput()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("navette-bench-report-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.path
        var arguments = ["report", dossier, "--out", out + "/process"]
        if let mirror { arguments += ["--mirror", mirror] }
        if let process = ProcessTiming.navette(arguments, runs: runs) {
            output.write(
                String(
                    format: "navette report (whole process)   median %7.1f ms wall, %7.1f ms CPU (goal ≤ 500 ms)\n",
                    process.wall * 1000, process.cpu * 1000))
        } else {
            output.write("navette report (whole process)   n/a (navette not built beside navette-bench, or failed)\n")
        }
        var phases: [(String, [Double])] = [("read", []), ("build", []), ("render html", []), ("write", [])]
        for _ in 0..<max(1, runs) {
            var times: [Double] = []
            func timed<T>(_ body: () throws -> T) rethrows -> T {
                let start = DispatchTime.now().uptimeNanoseconds
                defer { times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
                return try body()
            }
            let material = try timed { try DossierMaterialReader.read(path: dossier, mirror: mirror) }
            let report = try timed {
                try ReportBuilder.build(ReportInput(material, articles: [], generated: "", tool: "navette-bench"))
            }
            let files = try timed { try ReportRenderer.files(report, format: .html) }
            try timed { try ReportRenderer.write(files, to: out + "/phases") }
            for index in phases.indices { phases[index].1.append(times[index]) }
        }
        // The filesystem's own pace for the same files: creating a hundred files costs from 15 ms to over
        // 100 ms on this kind of machine, whatever writes them.
        var copies: [Double] = []
        for index in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            Timing.run("/bin/cp", ["-r", out + "/phases", out + "/copy-\(index)"], in: scratch)
            copies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        for (name, times) in phases {
            output.write(
                "  \(name.padding(toLength: 31, withPad: " ", startingAt: 0))"
                    + String(format: "median %7.1f ms wall (in process)\n", ProcessTiming.median(times) * 1000))
        }
        output.write(
            String(
                format: "  peer: cp -r of those files     median %7.1f ms wall (whole process)\n",
                ProcessTiming.median(copies) * 1000))
        output.write("(medians of \(runs) runs; load average \(ProcessTiming.load))\n")
    }
}
