import Foundation

/// Runs a program for a test: the one place where tests start a `Process` (navette itself, chromium,
/// python, git, curl). Output is read while the program runs, so a chatty program never blocks on a
/// full pipe, and a time limit turns a hang into a failure.
public enum Subprocess {
    public struct Result: Sendable {
        public var status: Int32
        /// `.uncaughtSignal` when the program was killed.
        public var reason: Process.TerminationReason
        public var stdout: String
        public var stderr: String
    }

    public struct TimeoutError: Error, CustomStringConvertible {
        public var command: [String]
        public var description: String { "\(command.joined(separator: " ")) did not finish in time" }
    }

    /// Runs `executable` (a path, or a name looked up in PATH) to its end and returns what it printed.
    /// `environment` is added to the test's own; standard input is empty.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:],
        directory: URL? = nil, timeout: TimeInterval = 300
    ) throws -> Result {
        let running = try start(executable, arguments, environment: environment, directory: directory)
        let collector = Collector()
        let group = DispatchGroup()
        for (pipe, isError) in [(running.stdout, false), (running.stderr, true)] {
            group.enter()
            DispatchQueue.global().async {
                collector.set(pipe.fileHandleForReading.readDataToEndOfFile(), isError: isError)
                group.leave()
            }
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            running.process.terminate()
            throw TimeoutError(command: [executable] + arguments)
        }
        running.process.waitUntilExit()
        return Result(
            status: running.process.terminationStatus, reason: running.process.terminationReason,
            stdout: collector.text(isError: false), stderr: collector.text(isError: true))
    }

    /// A program started and left running, for a test that reads its output as it comes (and may
    /// kill it): wait with `process.waitUntilExit()`.
    public struct Running {
        public var process: Process
        public var stdout: Pipe
        public var stderr: Pipe

        /// Reads standard error until it holds `text` (or ends, or `timeout` passes); returns what it read.
        public func readStandardError(until text: String, timeout: TimeInterval = 30) -> String {
            var seen = ""
            let deadline = Date().addingTimeInterval(timeout)
            while !seen.contains(text), Date() < deadline {
                let chunk = stderr.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += String(decoding: chunk, as: UTF8.self)
            }
            return seen
        }
    }

    public static func start(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil
    ) throws -> Running {
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let running = Running(process: process, stdout: Pipe(), stderr: Pipe())
        process.standardOutput = running.stdout
        process.standardError = running.stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return running
    }

    private final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var output = [false: Data(), true: Data()]
        func set(_ data: Data, isError: Bool) {
            lock.lock()
            defer { lock.unlock() }
            output[isError] = data
        }
        func text(isError: Bool) -> String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: output[isError] ?? Data(), as: UTF8.self)
        }
    }
}
