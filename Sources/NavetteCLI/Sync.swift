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
        let outcome = try session.cycle()
        if outcome.hasProblems { throw ExitCode(3) }
    }
}

/// Options shared by `sync` and `watch`.
struct WatchOptions: ParsableArguments {
    @Argument(help: "The dossier manifest (YAML), or a directory holding manifest.yaml.")
    var manifest: String

    @Option(name: .long, help: "The SQLite store. Default: .navette/navette.sqlite beside the manifest.")
    var store: String?

    @Option(name: .customLong("article"), help: "Follow this article (label as printed); repeat for more. Default: the manifest's articles, or every article when it names none.")
    var articles: [String] = []

    @Flag(name: .long, help: "Read the local copies under --mirror instead of fetching.")
    var offline = false

    @Option(name: .long, help: "The mirror root that the manifest's copies are relative to.")
    var mirror: String?

    @Option(name: .customLong("map-host"), help: ArgumentHelp("Send an official host's requests to another base address; repeatable.", valueName: "FROM=TO"))
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

    @Option(name: .customLong("store-wait"), help: "Seconds to wait for another sync holding the store before giving up.")
    var storeWait: Double = 600

    @Option(name: .long, help: "The Atom feed file of changes. Default: .navette/<manifest id>.atom beside the manifest.")
    var feed: String?

    @Option(name: .long, help: "POST each new change as JSON to this URL.")
    var webhook: String?

    @Flag(name: .long, help: "Print where the time went: fetch, parse, detect, store.")
    var timings = false

    func validate() throws {
        if offline, mirror == nil { throw ValidationError("--offline needs --mirror DIR, the root the manifest's copies are relative to") }
        if retries < 0 { throw ValidationError("--retries must be 0 or more") }
        if maxBody < 1 || maxTime <= 0 || storeWait < 0 {
            throw ValidationError("--max-body and --max-time must be positive, --store-wait 0 or more")
        }
        if let webhook, URL(string: webhook)?.scheme?.hasPrefix("http") != true {
            throw ValidationError("--webhook '\(webhook)' is not an http(s) address")
        }
    }
}

/// One opened manifest and store, ready to run sync cycles.
struct WatchSession {
    /// The project's public address is not settled yet: `.invalid` says so rather than borrow one.
    static let userAgent = "navette/\(NavetteVersion.current) (+https://navette.invalid/)"

    let options: WatchOptions
    let manifest: Manifest
    let store: NavetteStore
    let syncer: Syncer
    let notifiers: [any Notifier]

    struct CycleOutcome {
        var report: SyncReport
        var hasProblems: Bool
    }

    init(options: WatchOptions) throws {
        self.options = options
        manifest = try ManifestReader.read(path: options.manifest)
        let storePath = options.store ?? NavetteStore.defaultPath(forManifest: manifest.file)
        store = try NavetteStore(path: storePath)
        let fetcher: any DocumentFetching
        if options.offline {
            fetcher = MirrorFetcher(mirror: options.mirror!)
        } else {
            var configuration = FetchConfiguration(userAgent: Self.userAgent)
            configuration.timeout = options.timeout
            configuration.retries = options.retries
            configuration.backoff = options.backoff
            configuration.politeness = options.delay
            configuration.maxBodyBytes = options.maxBody << 20
            configuration.maxSourceTime = options.maxTime
            do {
                configuration.hostMap = try HostMap(rules: options.mapHost)
            } catch let error as WatchError {
                throw ValidationError(error.description)
            }
            fetcher = HTTPFetcher(configuration: configuration)
        }
        var syncOptions = SyncOptions()
        syncOptions.articles = options.articles.isEmpty ? manifest.articles.map(\.label) : options.articles
        syncOptions.beforeCommit = FaultInjection.pauseBeforeCommit()
        syncOptions.storeWait = options.storeWait
        syncOptions.growManifest = !options.offline
        syncer = Syncer(manifest: manifest, store: store, fetcher: fetcher, options: syncOptions)

        let directory = (NavetteStore.defaultPath(forManifest: manifest.file) as NSString).deletingLastPathComponent
        var notifiers: [any Notifier] = [StreamNotifier { Console.out($0) }]
        notifiers.append(
            AtomFeedNotifier(
                path: options.feed
                    ?? (directory as NSString).appendingPathComponent(SafeFileName.make(manifest.id) + ".atom"),
                dossierId: manifest.id, title: manifest.title,
                link: manifest.urls["senat"] ?? manifest.urls["assemblee"] ?? manifest.urls.values.sorted().first,
                version: NavetteVersion.current))
        if let webhook = options.webhook, let url = URL(string: webhook) {
            notifiers.append(
                WebhookNotifier(url: url, retries: options.retries, backoff: options.backoff, timeout: options.timeout, userAgent: Self.userAgent))
        }
        self.notifiers = notifiers
    }

    /// Sync, then deliver what is new; problems on stderr, the summary on stdout.
    func cycle(prefix: String = "") throws -> CycleOutcome {
        let progress = ProgressLine()
        let report: SyncReport
        do {
            report = try syncer.run(progress: progress.update)
        } catch {
            progress.clear()
            throw error
        }
        progress.clear()
        for line in report.manifestChanges { Console.out("\(prefix)manifest: \(line)\n") }
        for problem in report.problems { StandardError.write("navette: warning: \(problem)\n") }
        let deliveries = try AlertDispatcher(store: store, dossier: manifest.id, notifiers: notifiers).dispatch()
        for problem in deliveries.flatMap(\.problems) { StandardError.write("navette: warning: \(problem)\n") }
        let alerts = deliveries.first { $0.channel == "stdout" }?.delivered ?? 0
        Console.out("\(prefix)\(report.summary), \(alerts) alert\(alerts == 1 ? "" : "s")\n")
        if options.timings {
            let t = report.timings
            Console.out("time: fetch \(Self.ms(t.fetch)), parse \(Self.ms(t.parse)), detect \(Self.ms(t.detect)), store \(Self.ms(t.store))\n")
        }
        return CycleOutcome(report: report, hasProblems: !report.problems.isEmpty || deliveries.contains { !$0.problems.isEmpty })
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

/// `[3/25 sources, 1.2 MB] an-939` rewritten in place on a terminal; nothing when stderr is piped.
final class ProgressLine: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    func update(_ progress: SyncProgress) {
        guard enabled else { return }
        shown = true
        let megabytes = String(format: "%.1f MB", Double(progress.bytes) / 1_000_000)
        let line = "[\(progress.done)/\(progress.total) sources, \(megabytes)] \(progress.source.label)"
        StandardError.write("\r\u{1B}[K" + line.prefix(160))
    }

    func clear() {
        if shown { StandardError.write("\r\u{1B}[K") }
    }
}

/// For the kill-in-the-middle-of-a-write test: with `NAVETTE_FAULT_PAUSE_BEFORE_COMMIT=N` the Nth
/// snapshot's transaction says so on stderr and sleeps before committing, so the test can SIGKILL it.
enum FaultInjection {
    static func pauseBeforeCommit() -> (@Sendable () -> Void)? {
        guard let value = ProcessInfo.processInfo.environment["NAVETTE_FAULT_PAUSE_BEFORE_COMMIT"], let target = Int(value) else {
            return nil
        }
        let counter = Counter()
        return {
            guard counter.next() == target else { return }
            StandardError.write("navette: fault injection: paused before commit\n")
            Thread.sleep(forTimeInterval: 60)
        }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
