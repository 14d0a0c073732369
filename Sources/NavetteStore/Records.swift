import Foundation

/// An address a dossier follows: a reading's text, a dossier feed, an amendment page.
public struct SourceRecord: Codable, Sendable, Hashable, IdentifiedRecord {
    static let table = "sources"
    public var id: Int64?
    /// The official address (before any host mapping).
    public var url: String
    /// `text`, `dossier` or `amendment`.
    public var kind: String
    /// The manifest's name for it: a reading id, `dossier senat`, `amendment 585`.
    public var label: String
    /// The manifest id.
    public var dossier: String
    public var addedAt: Date

    public init(url: String, kind: String, label: String, dossier: String, addedAt: Date = Date()) {
        self.url = url
        self.kind = kind
        self.label = label
        self.dossier = dossier
        self.addedAt = addedAt
    }
}

/// A good copy of a source: bytes that were fetched whole and read without error. Immutable.
public struct SnapshotRecord: Codable, Sendable, Hashable, IdentifiedRecord {
    static let table = "snapshots"
    public var id: Int64?
    public var sourceId: Int64
    /// Content address: the bytes live once in `content`, whatever number of snapshots share them.
    public var sha256: String
    public var size: Int
    public var fetchedAt: Date
    public var httpStatus: Int?
    public var etag: String?
    public var lastModified: String?
    /// Where the bytes came from after redirects (or the mirror file, offline).
    public var finalURL: String?
    public var contentType: String?

    public init(
        sourceId: Int64, sha256: String, size: Int, fetchedAt: Date = Date(), httpStatus: Int? = nil,
        etag: String? = nil,
        lastModified: String? = nil, finalURL: String? = nil, contentType: String? = nil
    ) {
        self.sourceId = sourceId
        self.sha256 = sha256
        self.size = size
        self.fetchedAt = fetchedAt
        self.httpStatus = httpStatus
        self.etag = etag
        self.lastModified = lastModified
        self.finalURL = finalURL
        self.contentType = contentType
    }
}

/// What was read from a snapshot (a reading, a dossier's document list, an amendment's fate), as JSON.
public struct ParsedRecord: Codable, Sendable, Hashable, StoredRecord {
    static let table = "parsed"
    public var snapshotId: Int64
    /// `reading`, `dossier` or `amendment`.
    public var kind: String
    /// One line for listings: `3 articles`, `43 documents, 6 texts`, `fate rejeté`.
    public var summary: String
    public var json: String

    var rowID: Int64? {
        get { snapshotId }
        set {}
    }

    public init(snapshotId: Int64, kind: String, summary: String, json: String) {
        self.snapshotId = snapshotId
        self.kind = kind
        self.summary = summary
        self.json = json
    }
}

/// One attempt to fetch a source, whatever came of it: the log that says what the user was told.
public struct FetchRecord: Codable, Sendable, Hashable, IdentifiedRecord {
    static let table = "fetches"
    public enum Outcome: String, Codable, Sendable, CaseIterable {
        /// A new snapshot was stored.
        case stored
        /// 200 with the bytes of the latest snapshot.
        case unchanged
        /// 304 to a conditional request.
        case notModified
        /// Network error, timeout, HTTP error, cut body, redirect loop.
        case failed
        /// Fetched whole but not kept: unreadable, no article, wrong content type.
        case rejected
        /// Offline and no local copy.
        case skipped
    }

    public var id: Int64?
    public var sourceId: Int64
    public var at: Date
    public var outcome: Outcome
    public var httpStatus: Int?
    public var message: String?
    public var snapshotId: Int64?
    /// Validators of the response, for the next conditional request.
    public var etag: String?
    public var lastModified: String?
    public var attempts: Int
    public var milliseconds: Int

    public init(
        sourceId: Int64, at: Date = Date(), outcome: Outcome, httpStatus: Int? = nil, message: String? = nil,
        snapshotId: Int64? = nil, etag: String? = nil, lastModified: String? = nil, attempts: Int = 1,
        milliseconds: Int = 0
    ) {
        self.sourceId = sourceId
        self.at = at
        self.outcome = outcome
        self.httpStatus = httpStatus
        self.message = message
        self.snapshotId = snapshotId
        self.etag = etag
        self.lastModified = lastModified
        self.attempts = attempts
        self.milliseconds = milliseconds
    }
}

/// A change people care about, found between two snapshots of a source. `key` is unique: the same
/// change is never recorded twice, so never alerted twice.
public struct ChangeRecord: Codable, Sendable, Hashable, IdentifiedRecord {
    static let table = "changes"
    public var id: Int64?
    public var key: String
    public var sourceId: Int64
    public var dossier: String
    /// `article`, `reading`, `fate`.
    public var kind: String
    /// The article label, the document key, the amendment number.
    public var subject: String
    /// One line: `Article 7 changed in an-939: 1 alinéa changed`.
    public var title: String
    public var fromSnapshotId: Int64?
    public var toSnapshotId: Int64
    public var detectedAt: Date
    /// The change itself as JSON (the word diff of an article, the new document, the fates).
    public var detail: String

    public init(
        key: String, sourceId: Int64, dossier: String, kind: String, subject: String, title: String,
        fromSnapshotId: Int64?, toSnapshotId: Int64, detectedAt: Date = Date(), detail: String
    ) {
        self.key = key
        self.sourceId = sourceId
        self.dossier = dossier
        self.kind = kind
        self.subject = subject
        self.title = title
        self.fromSnapshotId = fromSnapshotId
        self.toSnapshotId = toSnapshotId
        self.detectedAt = detectedAt
        self.detail = detail
    }
}

/// A change delivered on a channel (`stdout`, `atom PATH`, `webhook URL`). Unique per change and channel.
public struct AlertRecord: Codable, Sendable, Hashable, IdentifiedRecord {
    static let table = "alerts"
    public var id: Int64?
    public var changeId: Int64
    public var channel: String
    public var sentAt: Date

    public init(changeId: Int64, channel: String, sentAt: Date = Date()) {
        self.changeId = changeId
        self.channel = channel
        self.sentAt = sentAt
    }
}
