import Foundation

/// Runs the built `navette` executable (through `Subprocess`), for tests of exit codes and messages.
public enum NavetteProcess {
    public typealias Result = Subprocess.Result

    /// The `navette` binary built beside the test bundle.
    public static let executable: String = {
        var candidates: [String] = []
        if let test = Bundle.main.executablePath {
            candidates.append(
                URL(fileURLWithPath: test).deletingLastPathComponent().appendingPathComponent("navette").path)
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

    /// Runs navette with `arguments` (NO_COLOR set), with a time limit so that a hang fails the test
    /// instead of CI.
    public static func run(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 60)
        throws -> Result
    {
        try Subprocess.run(
            executable, arguments, environment: ["NO_COLOR": "1"].merging(environment) { $1 }, timeout: timeout)
    }
}
