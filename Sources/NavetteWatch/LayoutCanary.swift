import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore

/// The site-redesign canary: a source that gave readings, articles or amendments and now gives none
/// (or cannot be read at all) is not taken for an empty reading. Its bytes are refused, the previous
/// snapshot stays current, and one change of kind `layout` says so (once for the same bytes).
enum LayoutCanary {
    static func change(
        source: WatchSource, sourceId: Int64, dossier: String, kept: SnapshotRecord, previous: ParsedContent,
        why: String,
        sha256: String
    ) -> ChangeRecord {
        let title =
            "Source layout changed: \(source.label) gave \(previous.summary), now nothing (\(why)); "
            + "the snapshot of \(ISO8601DateFormatter().string(from: kept.fetchedAt)) stays current"
        let detail = ChangeDetail(url: source.url, label: source.label)
        let json = (try? JSONEncoder().encode(detail)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return ChangeRecord(
            key: ContentHash.sha256(Array("\(source.url)|layout|\(kept.sha256)|\(sha256)".utf8)), sourceId: sourceId,
            dossier: dossier, kind: "layout", subject: source.label, title: title, fromSnapshotId: kept.id,
            toSnapshotId: kept.id!,
            detail: json)
    }
}
