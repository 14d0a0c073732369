import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore

/// What a sync does besides fetching.
public struct SyncOptions: Sendable {
    /// Article labels followed; empty follows every article of every text.
    public var articles: [String] = []
    public var reader = SnapshotReader()
    /// Seconds a sync waits for another one holding the same store before saying it is busy.
    public var storeWait: TimeInterval = 600
    /// Runs inside each snapshot's write transaction, before commit (fault-injection tests).
    public var beforeCommit: (@Sendable () -> Void)?
    /// Readings a dossier source lists and the manifest lacks are added to it (and written to its file,
    /// when it has one), and their sources fetched in the same run.
    public var growManifest = false

    public init() {}
}

/// How one source fared in a sync.
public struct SourceOutcome: Sendable {
    public enum Status: Sendable {
        /// A new snapshot; `first` when the source had none (a baseline: no change can be found).
        case stored
        case unchanged
        case notModified
        case failed(String)
        case rejected(String)
        case skipped(String)
    }

    public var source: WatchSource
    public var status: Status
    public var attempts: Int
    public var changes: [ChangeRecord]
    /// Bytes received (0 for a 304 or a failure).
    public var bytes = 0
}

/// Where a sync stands, for a progress line: sources done out of those known so far, bytes received.
public struct SyncProgress: Sendable {
    public var done: Int
    public var total: Int
    public var bytes: Int
    /// The source about to be fetched.
    public var source: WatchSource
}

/// Where a sync spent its time.
public struct SyncTimings: Sendable {
    public var fetch = Duration.zero
    public var parse = Duration.zero
    public var detect = Duration.zero
    public var store = Duration.zero
}

public struct SyncReport: Sendable {
    public var dossier: String
    public var outcomes: [SourceOutcome] = []
    public var timings = SyncTimings()
    /// What the dossier brought to the manifest (`added reading senat-ta44 (…)`), one line each.
    public var manifestChanges: [String] = []

    public var changes: [ChangeRecord] { outcomes.flatMap(\.changes) }

    public func count(_ name: String) -> Int {
        outcomes.filter { outcome in
            switch outcome.status {
            case .stored: name == "stored"
            case .unchanged: name == "unchanged"
            case .notModified: name == "not modified"
            case .failed: name == "failed"
            case .rejected: name == "rejected"
            case .skipped: name == "skipped"
            }
        }.count
    }

    /// `jo2024: 25 sources: 6 stored, 0 unchanged, 0 not modified, 19 failed; 0 changes`
    public var summary: String {
        var parts = ["stored", "unchanged", "not modified", "failed"].map { "\(count($0)) \($0)" }
        for optional in ["rejected", "skipped"] where count(optional) > 0 {
            parts.append("\(count(optional)) \(optional)")
        }
        let changes = self.changes.count
        return
            "\(dossier): \(outcomes.count) sources: \(parts.joined(separator: ", ")); \(changes) change\(changes == 1 ? "" : "s")"
    }

    /// Sources that gave nothing usable, with why, one line each.
    public var problems: [String] {
        outcomes.compactMap { outcome in
            switch outcome.status {
            case .failed(let why): "\(outcome.source.label) \(outcome.source.url): \(why); nothing stored"
            case .rejected(let why): "\(outcome.source.label) \(outcome.source.url): not kept: \(why)"
            default: nil
            }
        }
    }
}

/// One pass over a manifest's sources: fetch, read, compare with the last good snapshot, store.
/// Only bytes fetched whole and read without error become a snapshot; everything else is a line in
/// the fetch log, so the previous snapshot stays the reference.
public final class Syncer: Sendable {
    public let manifest: Manifest
    public let store: NavetteStore
    public let fetcher: any DocumentFetching
    public let options: SyncOptions

    public init(
        manifest: Manifest, store: NavetteStore, fetcher: any DocumentFetching, options: SyncOptions = SyncOptions()
    ) {
        self.manifest = manifest
        self.store = store
        self.fetcher = fetcher
        self.options = options
    }

    public var sources: [WatchSource] { SourcePlan.sources(for: manifest) }

    /// One pass, holding the store (a second sync on it waits for this one, then finds what it stored).
    public func run(progress: ((SyncProgress) -> Void)? = nil) throws -> SyncReport {
        try store.exclusively(wait: options.storeWait) { try pass(progress: progress) }
    }

    private func pass(progress: ((SyncProgress) -> Void)?) throws -> SyncReport {
        var report = SyncReport(dossier: manifest.id)
        var manifest = self.manifest
        var sources = self.sources
        var index = 0
        var bytes = 0
        while index < sources.count {
            let source = sources[index]
            progress?(SyncProgress(done: index, total: sources.count, bytes: bytes, source: source))
            let outcome = try sync(source, timings: &report.timings)
            bytes += outcome.bytes
            report.outcomes.append(outcome)
            index += 1
            if options.growManifest, case .dossier(let site) = source.kind {
                let growth = try ManifestGrowth(store: store).grow(&manifest, from: source, site: site)
                report.manifestChanges += growth.lines
                report.outcomes[report.outcomes.count - 1].changes += growth.changes
                let known = Set(sources.map(\.url))
                sources += SourcePlan.sources(for: manifest).filter { !known.contains($0.url) }
            }
        }
        progress?(
            SyncProgress(
                done: sources.count, total: sources.count, bytes: bytes,
                source: sources.last ?? WatchSource(url: "", kind: .dossier(site: ""))))
        return report
    }

    private func sync(_ source: WatchSource, timings: inout SyncTimings) throws -> SourceOutcome {
        let clock = ContinuousClock()
        let record = try store.source(
            url: source.url, kind: source.kind.name, label: source.label, dossier: manifest.id)
        let sourceId = record.id!
        let latest = try store.latestSnapshot(sourceId: sourceId)
        let validators =
            latest == nil
            ? nil
            : try store.validators(sourceId: sourceId).map { Validators(etag: $0.etag, lastModified: $0.lastModified) }

        var result: FetchResult!
        let fetchTime = clock.measure { result = fetcher.fetch(source, validators: validators) }
        timings.fetch += fetchTime
        var log = FetchRecord(
            sourceId: sourceId, outcome: .failed, httpStatus: result.status, attempts: result.attempts,
            milliseconds: Int(
                fetchTime.components.seconds * 1000 + fetchTime.components.attoseconds / 1_000_000_000_000_000))
        var received = 0
        func outcome(_ status: SourceOutcome.Status, changes: [ChangeRecord] = []) -> SourceOutcome {
            SourceOutcome(source: source, status: status, attempts: result.attempts, changes: changes, bytes: received)
        }

        let document: FetchedDocument
        switch result.outcome {
        case .skipped(let why):
            log.outcome = .skipped
            log.message = why
            try store.record(log)
            return outcome(.skipped(why))
        case .failed(let why):
            log.message = why
            try store.record(log)
            return outcome(.failed(why))
        case .notModified:
            log.outcome = .notModified
            try store.record(log)
            return outcome(.notModified)
        case .fetched(let fetched):
            document = fetched
            received = fetched.bytes.count
        }
        log.etag = document.etag
        log.lastModified = document.lastModified

        var sha = ""
        timings.store += clock.measure { sha = ContentHash.sha256(document.bytes) }
        if let latest, latest.sha256 == sha {
            log.outcome = .unchanged
            try store.record(log)
            return outcome(.unchanged)
        }

        let previous = try latest.flatMap { try store.parsed(snapshotId: $0.id!) }
            .flatMap { try? JSONDecoder().decode(ParsedContent.self, from: Data($0.json.utf8)) }
        var parsed: ParsedContent
        do throws(WatchError) {
            let start = clock.now
            defer { timings.parse += clock.now - start }
            parsed = try options.reader.read(document, source: source)
            if let previous, previous.yield > 0, parsed.yield == 0 {
                throw WatchError.rejected("nothing read where the previous snapshot gave \(previous.summary)")
            }
        } catch {
            log.outcome = .rejected
            log.message = error.description
            try store.record(log)
            guard error.isLayoutChange, let latest, let previous, previous.yield > 0 else {
                return outcome(.rejected(error.description))
            }
            let alert = LayoutCanary.change(
                source: source, sourceId: sourceId, dossier: manifest.id, kept: latest, previous: previous,
                why: error.description,
                sha256: sha)
            let recorded = try store.recordChanges([alert])
            return outcome(
                .rejected("source layout changed: \(error.description); the previous snapshot stays current"),
                changes: recorded)
        }

        var changes: [ChangeRecord] = []
        try timings.detect += clock.measure {
            let detected = ChangeDetector.changes(
                old: previous, new: parsed, source: source, articles: options.articles)
            changes = try detected.map { change in
                let key = ContentHash.sha256(
                    Array("\(source.url)|\(change.kind)|\(change.subject)|\(latest?.sha256 ?? "")|\(sha)".utf8))
                let detail = String(decoding: try JSONEncoder().encode(change.detail), as: UTF8.self)
                return ChangeRecord(
                    key: key, sourceId: sourceId, dossier: manifest.id, kind: change.kind, subject: change.subject,
                    title: change.title, fromSnapshotId: latest?.id, toSnapshotId: 0, detail: detail)
            }
        }

        log.outcome = .stored
        var stored: [ChangeRecord] = []
        try timings.store += clock.measure {
            let json = String(decoding: try JSONEncoder().encode(parsed), as: UTF8.self)
            let snapshot = SnapshotRecord(
                sourceId: sourceId, sha256: sha, size: document.bytes.count, httpStatus: document.status,
                etag: document.etag,
                lastModified: document.lastModified, finalURL: document.finalURL, contentType: document.contentType)
            stored = try store.recordSnapshot(
                snapshot, bytes: document.bytes, parsed: (parsed.kind, parsed.summary, json), fetch: log,
                changes: changes,
                beforeCommit: options.beforeCommit
            ).changes
        }
        return outcome(.stored, changes: stored)
    }
}
