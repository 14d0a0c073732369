import ArgumentParser
import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore
import NavetteWatch

/// `navette sync`: fetch every source of a manifest once, store what is new, tell about changes.
struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch every source of a dossier manifest once, store new snapshots and report changes.",
        discussion: """
            Sources are the manifest's reading addresses (texts), its dossier feeds (urls: senat = the \
            Sénat dossier page, senat-feed = its Atom feed, assemblee-opendata = the AN open-data JSON) \
            and its amendment pages. Requests are conditional (ETag, Last-Modified), retried with backoff \
            on server and network errors (a Retry-After of up to 120 s is honoured), and spaced per host. \
            What is accepted is bounded: --max-body megabytes after decompression, --max-time seconds per \
            source, redirects only to http(s) on the same site. Two syncs on one store take turns. A failed, cut or unreadable response never \
            replaces a good snapshot. The history lives in SQLite at .navette/navette.sqlite beside the \
            manifest.

            New changes are printed, added to the dossier's Atom feed and posted to --webhook. Exit \
            status 3 when some sources could not be fetched or read (each is named on stderr).

            Examples:
              navette sync corpus/jo2024/manifest.yaml
              navette sync corpus/jo2024/manifest.yaml --offline --mirror ../shared/corpus
              navette sync m.yaml --map-host https://www.senat.fr=http://127.0.0.1:8080 --delay 0
              navette sync m.yaml --max-body 16 --max-time 60
            """
    )

    @OptionGroup var watch: WatchOptions

    func run() throws {
        let session = try WatchSession(options: watch)
        if try session.cycle(timings: watch.timings) { throw ExitCode(3) }
    }
}

/// Options shared by `sync` and `watch`.
struct WatchOptions: ParsableArguments {
    @Argument(help: "The dossier manifest (YAML), or a directory holding manifest.yaml.")
    var manifest: String

    @Option(name: .long, help: "The SQLite store. Default: .navette/navette.sqlite beside the manifest.")
    var store: String?

    @Option(name: .customLong("article"), help: "Follow this article (repeatable). Default: the manifest's.")
    var articles: [String] = []

    @Flag(name: .long, help: "Read the local copies under --mirror instead of fetching.")
    var offline = false

    @Option(name: .long, help: "The mirror root that the manifest's copies are relative to.")
    var mirror: String?

    @Option(
        name: .customLong("map-host"),
        help: ArgumentHelp(
            "Send an official host's requests to another base address; repeatable.", valueName: "FROM=TO"))
    var mapHost: [String] = []

    @Option(name: .long, help: "Seconds without data before a request fails (whole seconds).")
    var timeout: Double = 30

    @Option(name: .long, help: "Further attempts after a server or network error.")
    var retries: Int = 3

    @Option(name: .long, help: "Seconds before the first retry, doubled at each next one.")
    var backoff: Double = 2

    @Option(name: .long, help: "Seconds between two requests to the same host.")
    var delay: Double = 1

    @Option(name: .customLong("max-body"), help: "Megabytes of body accepted per source, counted after decompression.")
    var maxBody: Int = 64

    @Option(name: .customLong("max-time"), help: "Seconds one source may take in all (attempts, waits, a slow body).")
    var maxTime: Double = 300

    @Option(
        name: .customLong("store-wait"), help: "Seconds to wait for another sync holding the store before giving up.")
    var storeWait: Double = 600

    @Option(
        name: .long, help: "The Atom feed file of changes. Default: .navette/<manifest id>.atom beside the manifest.")
    var feed: String?

    @Option(name: .long, help: "POST each new change as JSON to this URL.")
    var webhook: String?

    @Flag(name: .long, help: "Print where the time went: fetch, parse, detect, store.")
    var timings = false

    func validate() throws {
        if offline, mirror == nil {
            throw ValidationError("--offline needs --mirror DIR, the root the manifest's copies are relative to")
        }
        if retries < 0 { throw ValidationError("--retries must be 0 or more") }
        if maxBody < 1 || maxTime <= 0 || storeWait < 0 {
            throw ValidationError("--max-body and --max-time must be positive, --store-wait 0 or more")
        }
        if let webhook, URL(string: webhook)?.scheme?.hasPrefix("http") != true {
            throw ValidationError("--webhook '\(webhook)' is not an http(s) address")
        }
    }
}

extension WatchSession {
    /// Opens the manifest and the store that `sync` and `watch` are given.
    init(options: WatchOptions) throws {
        var settings = Settings(manifest: options.manifest) { Console.out($0) }
        settings.store = options.store
        settings.articles = options.articles
        settings.offlineMirror = options.offline ? options.mirror : nil
        settings.fetch.timeout = options.timeout
        settings.fetch.retries = options.retries
        settings.fetch.backoff = options.backoff
        settings.fetch.politeness = options.delay
        settings.fetch.maxBodyBytes = options.maxBody << 20
        settings.fetch.maxSourceTime = options.maxTime
        do {
            if !options.offline { settings.fetch.hostMap = try HostMap(rules: options.mapHost) }
        } catch let error as WatchError {
            throw ValidationError(error.description)
        }
        settings.storeWait = options.storeWait
        settings.feed = options.feed
        settings.webhook = options.webhook.flatMap(URL.init(string:))
        try self.init(settings)
    }

    /// Sync, then deliver what is new; problems on stderr, the summary on stdout. True when a source
    /// or a channel had a problem.
    func cycle(prefix: String = "", timings: Bool) throws -> Bool {
        // `[3/25 sources, 1.2 MB] an-939`, rewritten in place on a terminal.
        let line = StatusLine()
        defer { line.clear() }
        let report = try sync { progress in
            let megabytes = String(format: "%.1f MB", Double(progress.bytes) / 1_000_000)
            line.show("[\(progress.done)/\(progress.total) sources, \(megabytes)] \(progress.source.label)")
        }
        line.clear()
        for line in report.manifestChanges { Console.out("\(prefix)manifest: \(line)\n") }
        for problem in report.problems { StandardError.write("navette: warning: \(problem)\n") }
        let deliveries = try deliver()
        for problem in deliveries.flatMap(\.problems) { StandardError.write("navette: warning: \(problem)\n") }
        let alerts = deliveries.first { $0.channel == "stdout" }?.delivered ?? 0
        Console.out("\(prefix)\(report.summary), \(Plural.count(alerts, "alert"))\n")
        if timings {
            let t = report.timings
            Console.out(
                "time: fetch \(Self.ms(t.fetch)), parse \(Self.ms(t.parse)), detect \(Self.ms(t.detect)), "
                    + "store \(Self.ms(t.store))\n")
        }
        return !report.problems.isEmpty || deliveries.contains { !$0.problems.isEmpty }
    }

    static func ms(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f ms", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}

enum Console {
    static func out(_ text: String) {
        var output = StandardOutput()
        output.write(text)
    }
}
