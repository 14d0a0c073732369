import Foundation
import TestSupport
import Testing

@testable import navette_bench

/// Issue 15's long inputs through the commands that read them, as processes: a one-line alinéa
/// (apply, show, diff), a one-line motion, a text of many short alinéas, a deep nesting and a large
/// bill page (show, diff). Each command must finish and print what the input holds (or refuse the
/// nesting, deeper than libxml2 reads, in one line). No timing is
/// asserted (the benchmark `navette-bench long-inputs` measures seconds per MB); the process time
/// limit only turns a hang into a failure.
@Suite(.serialized) struct LongInputTests {
    /// The shapes at `scale` of the sizes: a debug build is about ten times slower than the
    /// release build the benchmark times, so the test runs them at a fifth (1 MB alinéa and motion,
    /// 200,000 alinéas, 20,000 levels, a 10 MB page).
    static let scale = 0.2

    static let generated: Result<(TemporaryDirectory, [LongInputShapes.Run]), any Error> = Result {
        let directory = try TemporaryDirectory()
        let runs = try LongInputShapes.write(
            to: directory.path, scale: scale, dossier: Corpus.packageRoot + "/corpus/jo2024", mirror: Corpus.root)
        return (directory, runs)
    }

    @Test(arguments: 0..<10)
    func commandFinishesOnALongInput(index: Int) throws {
        let (_, runs) = try Self.generated.get()
        #expect(runs.count == 10)
        let run = try #require(runs.indices.contains(index) ? runs[index] : nil)
        let result = try NavetteProcess.run(run.arguments, timeout: 1800)
        let context = "\(run.command) on \(run.shape): exit \(result.status), \(result.stderr.prefix(300))"
        #expect(result.status == run.status, "\(context)")
        let said = run.status == 0 ? result.stdout : result.stderr
        let holdsExpected = said.contains(run.expected)
        #expect(holdsExpected, "\(context); expected \(run.expected) in: \(said.prefix(300))")
        // An error or a warning is one short line each, never an echo of the long input.
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.utf8.count < 1000 }, "\(context)")
    }
}
