import Foundation
internal import GRDB
import NavetteCore

/// The store as the source of a manifest's readings: each address's latest good snapshot, or, with
/// `asOf`, the latest one fetched by the end of that day (UTC), so that a report shows the bill as
/// navette had it then.
public struct StoreSnapshots: SnapshotSource {
    public let store: NavetteStore
    public let dossier: String
    /// Snapshots fetched after this instant are ignored.
    public let until: Date?
    private let label: String

    /// - Parameter asOf: a day written `YYYY-MM-DD`: snapshots up to its end (UTC) count.
    public init(store: NavetteStore, dossier: String, asOf: String? = nil) throws {
        self.store = store
        self.dossier = dossier
        if let asOf {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = asOf.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3,
                let day = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
                calendar.component(.day, from: day) == parts[2]
            else { throw StoreError.invalidDay(asOf) }
            until = calendar.date(byAdding: .day, value: 1, to: day)
        } else {
            until = nil
        }
        label = "the store \(store.path)" + (asOf.map { " as of \($0)" } ?? "")
    }

    public var name: String { label }

    public func snapshot(url: String?, copy: String?) throws -> SourceSnapshot? {
        guard let url, let snapshot = try store.snapshot(url: url, dossier: dossier, until: until),
            let bytes = try store.content(sha256: snapshot.sha256)
        else { return nil }
        return SourceSnapshot(
            bytes: bytes, shown: url, taken: ISO8601DateFormatter().string(from: snapshot.fetchedAt),
            sha256: snapshot.sha256)
    }
}

extension NavetteStore {
    /// The latest good snapshot of a dossier's source, fetched before `until` when given.
    public func snapshot(url: String, dossier: String, until: Date?) throws -> SnapshotRecord? {
        guard let source = try sources(dossier: dossier).first(where: { $0.url == url }) else { return nil }
        return try snapshots(sourceId: source.id!).last { until == nil || $0.fetchedAt < until! }
    }
}
