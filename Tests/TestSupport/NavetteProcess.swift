import Foundation

/// Runs the built `navette` executable, for tests of exit codes and messages.
public enum NavetteProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `navette` binary built beside the test bundle.
    public static let executable: String = {
        var candidates: [String] = []
        if let test = Bundle.main.executablePath {
            candidates.append(URL(fileURLWithPath: test).deletingLastPathComponent().appendingPathComponent("navette").path)
        }
        for argument in CommandLine.arguments.prefix(2) where argument.hasPrefix("/") {
            var url = URL(fileURLWithPath: argument)
            while url.path != "/" && !url.path.hasSuffix("debug") && !url.path.hasSuffix("release") {
                url.deleteLastPathComponent()
            }
            candidates.append(url.appendingPathComponent("navette").path)
        }
        candidates.append(Corpus.packageRoot + "/.build/debug/navette")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    /// Runs navette with `arguments`, with a time limit so that a hang fails the test instead of CI.
    public static func run(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 60) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let collector = OutputCollector()
        let group = DispatchGroup()
        for (pipe, isError) in [(out, false), (err, true)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collector.set(data, isError: isError)
                group.leave()
            }
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw TimeoutError(arguments: arguments)
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: collector.stdout, stderr: collector.stderr)
    }

    public struct TimeoutError: Error, CustomStringConvertible {
        public var arguments: [String]
        public var description: String { "navette \(arguments.joined(separator: " ")) did not finish in time" }
    }

    private final class OutputCollector: @unchecked Sendable {
        private let lock = NSLock()
        private var out = Data()
        private var err = Data()
        func set(_ data: Data, isError: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if isError { err = data } else { out = data }
        }
        var stdout: String { lock.lock(); defer { lock.unlock() }; return String(decoding: out, as: UTF8.self) }
        var stderr: String { lock.lock(); defer { lock.unlock() }; return String(decoding: err, as: UTF8.self) }
    }
}
