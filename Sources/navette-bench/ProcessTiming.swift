import Foundation

/// Whole-process timing of `navette` itself (the binary beside this one), as a user waits for it:
/// start-up, reading, work and writing included.
enum ProcessTiming {
    /// Median wall time and median CPU time (user + system, from the children's resource usage) of
    /// `runs` runs of `navette ARGUMENTS`, output discarded; nil when it cannot run or fails.
    static func navette(_ arguments: [String], runs: Int) -> (wall: Double, cpu: Double)? {
        guard let executable = navetteExecutable else { return nil }
        var walls: [Double] = []
        var cpus: [Double] = []
        for _ in 0..<max(1, runs) {
            let before = childrenCPU()
            let start = DispatchTime.now().uptimeNanoseconds
            let status = Timing.run(
                executable, arguments, in: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            guard status == 0 else { return nil }
            walls.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            cpus.append(childrenCPU() - before)
        }
        return (median(walls), median(cpus))
    }

    /// `navette` beside the running `navette-bench`, when it was built.
    static var navetteExecutable: String? {
        guard let bench = Bundle.main.executableURL else { return nil }
        let path = bench.deletingLastPathComponent().appendingPathComponent("navette").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Seconds of CPU (user + system) used by the children waited for so far.
    private static func childrenCPU() -> Double {
        var usage = rusage()
        getrusage(numericCast(RUSAGE_CHILDREN.rawValue), &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The machine's load average over the last minute, to read wall times by (a shared machine).
    static var load: String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "n/a" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
