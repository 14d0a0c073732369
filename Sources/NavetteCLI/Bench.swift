import ArgumentParser

/// `navette bench`: measurements against peers in the same run (ratios), never timed unit tests.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure navette against a reference or a peer tool (build with -c release for timings).",
        subcommands: [BenchReaders.self, DiffBench.self, BenchAmendments.self, BenchIndex.self]
    )
}
