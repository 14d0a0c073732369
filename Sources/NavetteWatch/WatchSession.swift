import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore

/// One opened manifest and store with its fetcher and notifiers, ready to run sync cycles: what
/// `navette sync` runs once and `navette watch` in a loop.
public struct WatchSession {
    /// The project's public address is not settled yet: `.invalid` says so rather than borrow one.
    public static let userAgent = "navette/\(NavetteVersion.current) (+https://navette.invalid/)"

    public struct Settings: Sendable {
        /// The manifest file, or a directory holding `manifest.yaml`.
        public var manifest: String
        /// The SQLite store; nil: `.navette/navette.sqlite` beside the manifest.
        public var store: String?
        /// Article labels followed; empty: the manifest's articles (every article when it names none).
        public var articles: [String] = []
        /// Read the local copies under this mirror root instead of fetching.
        public var offlineMirror: String?
        public var fetch = FetchConfiguration(userAgent: WatchSession.userAgent)
        /// Seconds to wait for another sync holding the store.
        public var storeWait: TimeInterval = 600
        /// The Atom feed file; nil: `.navette/<manifest id>.atom` beside the manifest.
        public var feed: String?
        public var webhook: URL?
        /// Writes the stdout channel's alerts.
        public var output: @Sendable (String) -> Void

        public init(manifest: String, output: @escaping @Sendable (String) -> Void) {
            self.manifest = manifest
            self.output = output
        }
    }

    public let manifest: Manifest
    private let store: NavetteStore
    private let syncer: Syncer
    private let notifiers: [any Notifier]

    public init(_ settings: Settings) throws {
        manifest = try ManifestReader.read(path: settings.manifest)
        store = try NavetteStore(path: settings.store ?? NavetteStore.defaultPath(forManifest: manifest.file))
        let fetcher: any DocumentFetching =
            settings.offlineMirror.map { MirrorFetcher(mirror: $0) } ?? HTTPFetcher(configuration: settings.fetch)
        var options = SyncOptions()
        options.articles = settings.articles.isEmpty ? manifest.articles.map(\.label) : settings.articles
        options.beforeCommit = FaultInjection.pauseBeforeCommit()
        options.storeWait = settings.storeWait
        options.growManifest = settings.offlineMirror == nil
        syncer = Syncer(manifest: manifest, store: store, fetcher: fetcher, options: options)

        let directory = (NavetteStore.defaultPath(forManifest: manifest.file) as NSString).deletingLastPathComponent
        let feed =
            settings.feed
            ?? (directory as NSString).appendingPathComponent(SafeFileName.make(manifest.id) + ".atom")
        var notifiers: [any Notifier] = [StreamNotifier(write: settings.output)]
        notifiers.append(
            AtomFeedNotifier(
                path: feed, dossierId: manifest.id, title: manifest.title,
                link: manifest.urls["senat"] ?? manifest.urls["assemblee"] ?? manifest.urls.values.sorted().first,
                version: NavetteVersion.current))
        if let webhook = settings.webhook {
            let fetch = settings.fetch
            notifiers.append(
                WebhookNotifier(
                    url: webhook, retries: fetch.retries, backoff: fetch.backoff, timeout: fetch.timeout,
                    userAgent: Self.userAgent))
        }
        self.notifiers = notifiers
    }

    /// Fetches every source once and stores what is new.
    public func sync(progress: @escaping (SyncProgress) -> Void) throws -> SyncReport {
        try syncer.run(progress: progress)
    }

    /// Delivers the changes not yet sent on each channel (the stdout one through `Settings.output`).
    public func deliver() throws -> [Delivery] {
        try AlertDispatcher(store: store, dossier: manifest.id, notifiers: notifiers).dispatch()
    }
}
