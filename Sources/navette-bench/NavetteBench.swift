import ArgumentParser
import NavetteCLI
import NavetteCore

/// `navette-bench`: navette measured against peers in the same run (ratios), never timed unit tests.
/// One file per benchmark; each is a subcommand listed here.
struct NavetteBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "navette-bench",
        abstract: "Measure navette against a reference or a peer tool (run with -c release for timings).",
        discussion: """
            Examples:
              swift run -c release navette-bench readers
              swift run -c release navette-bench diff ../shared/corpus/lafabrique/pjl09-200
              swift run -c release navette-bench report ../shared/corpus/lafabrique/pjl09-200
              swift run -c release navette-bench amendments ../shared/corpus/amendment-application/données
            """,
        version: NavetteVersion.current,
        subcommands: [
            BenchReaders.self, DiffBench.self, ReportBench.self, BenchAmendments.self, BenchIndex.self,
            BenchLongInputs.self,
        ]
    )
}
