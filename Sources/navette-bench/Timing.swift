import Foundation

/// Timing helpers shared by the benchmarks: best of several runs, a peer process, Python peers.
enum Timing {
    static func best(_ runs: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    /// Runs a process with its output discarded; returns its exit status (-1 if it could not start).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: URL) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.runUntilExit()) != nil else { return -1 }
        return process.terminationStatus
    }

    /// Times difflib and diff-match-patch inside Python on the files of `directory`.
    static func python(directory: URL, runs: Int) -> [String: Double] {
        let script = directory.appendingPathComponent("bench.py")
        let results = directory.appendingPathComponent("results.json")
        guard (try? Data(pythonScript.utf8).write(to: script)) != nil,
            run("/usr/bin/env", ["python3", script.path, directory.path, String(runs), results.path], in: directory)
                == 0,
            let data = FileManager.default.contents(atPath: results.path),
            let values = try? JSONSerialization.jsonObject(with: data) as? [String: Double]
        else { return [:] }
        return values
    }

    static let pythonScript = """
        import difflib, json, os, sys, time
        directory, runs, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
        names = sorted(os.listdir(os.path.join(directory, "old")))
        def read(side, name):
            with open(os.path.join(directory, side, name), encoding="utf-8") as f:
                return f.read()
        pairs = [(read("old", n), read("new", n)) for n in names]
        def with_difflib():
            for a, b in pairs:
                old, new = a.splitlines(), b.splitlines()
                for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
                    if tag == "replace":
                        for x, y in zip(old[i1:i2], new[j1:j2]):
                            difflib.SequenceMatcher(None, x.split(), y.split(), autojunk=False).get_opcodes()
        def best(run):
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                run()
                times.append(time.perf_counter() - start)
            return min(times)
        results = {"difflib": best(with_difflib)}
        try:
            from diff_match_patch import diff_match_patch
            dmp = diff_match_patch()  # default 1 s timeout per pair: without it, hours on long articles
            def with_dmp():
                for a, b in pairs:
                    diffs = dmp.diff_main(a, b)
                    dmp.diff_cleanupSemantic(diffs)
            runs = 1
            results["dmp"] = best(with_dmp)
        except ImportError:
            pass
        with open(out, "w") as f:
            json.dump(results, f)
        """
}

extension Process {
    /// Starts the process and returns when it has exited. Foundation's `waitUntilExit` on Linux polls its
    /// run loop every 50 ms, which rounded every process timed here up to the next 50 ms (a 52 ms
    /// xmllint pass measured 100 ms); the termination handler is called as the child is reaped.
    func runUntilExit() throws {
        let exited = DispatchSemaphore(value: 0)
        terminationHandler = { _ in exited.signal() }
        try run()
        exited.wait()
    }
}
