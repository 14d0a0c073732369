import ArgumentParser
import Foundation
import NavetteWatch

/// `navette watch`: sync and notify in a loop.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Watch a dossier's official sources: sync every interval and tell about each change once.",
        discussion: """
            Each cycle is a `navette sync` (same options): new changes go to standard output, to the \
            dossier's Atom feed file and to --webhook. Each change is delivered once per channel; a \
            change that could not be delivered is tried again at the next cycle, and a restarted watcher \
            resumes where it stopped (the store remembers what was sent).

            Examples:
              navette watch corpus/jo2024/manifest.yaml --every 30m --article 7
              navette watch m.yaml --every 2h --webhook https://example.org/hook
              navette watch m.yaml --once
            """
    )

    @OptionGroup var watch: WatchOptions

    @Option(name: .long, help: "Time between two cycles: 90s, 30m, 2h, 1h30m.")
    var every: String = "30m"

    @Flag(name: .long, help: "Run one cycle and stop.")
    var once = false

    @Option(name: .long, help: "Stop after this many cycles.")
    var cycles: Int?

    func validate() throws {
        guard let interval = Interval.seconds(every), interval > 0 else {
            throw ValidationError("--every '\(every)' is not a duration such as 90s, 30m, 2h or 1h30m")
        }
        if let cycles, cycles < 1 { throw ValidationError("--cycles must be 1 or more") }
    }

    func run() throws {
        let session = try WatchSession(options: watch)
        let interval = Interval.seconds(every)!
        let limit = once ? 1 : cycles
        var done = 0
        var problems = false
        while true {
            let started = Date()
            let stamp = Interval.stamp(started)
            problems = try session.cycle(prefix: "\(stamp) ", timings: watch.timings)
            done += 1
            if let limit, done >= limit { break }
            let next = started.addingTimeInterval(interval)
            if isatty(STDERR_FILENO) == 1 { StandardError.write("next check at \(Interval.stamp(next))\n") }
            let wait = next.timeIntervalSinceNow
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
        }
        if problems { throw ExitCode(3) }
    }
}
