import Foundation
import NavetteCore
import NavetteFormats

/// What a previous response said, for a conditional request.
public struct Validators: Sendable, Hashable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String?, lastModified: String?) {
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// Bytes fetched whole, with what the server said about them.
public struct FetchedDocument: Sendable {
    public var bytes: [UInt8]
    public var status: Int?
    public var etag: String?
    public var lastModified: String?
    /// The address the bytes came from after redirects (the file, offline).
    public var finalURL: String
    public var contentType: String?

    public init(
        bytes: [UInt8], status: Int? = nil, etag: String? = nil, lastModified: String? = nil, finalURL: String,
        contentType: String? = nil
    ) {
        self.bytes = bytes
        self.status = status
        self.etag = etag
        self.lastModified = lastModified
        self.finalURL = finalURL
        self.contentType = contentType
    }
}

/// How one fetch ended, after retries.
public struct FetchResult: Sendable {
    public enum Outcome: Sendable {
        case fetched(FetchedDocument)
        /// 304: the source has not changed since the validators were given.
        case notModified
        /// Nothing usable: the message says why (`HTTP 500 Internal Server Error after 3 attempts`).
        case failed(String)
        /// Not attempted (offline without a local copy).
        case skipped(String)
    }

    public var outcome: Outcome
    public var status: Int?
    public var attempts: Int

    public init(_ outcome: Outcome, status: Int? = nil, attempts: Int = 1) {
        self.outcome = outcome
        self.status = status
        self.attempts = attempts
    }
}

/// Gets the bytes of a source: over HTTP, or from the local mirror.
public protocol DocumentFetching: Sendable {
    func fetch(_ source: WatchSource, validators: Validators?) -> FetchResult
}

/// Reads each source's local copy under the mirror (`--offline --mirror DIR`).
public struct MirrorFetcher: DocumentFetching {
    public var mirror: String

    public init(mirror: String) { self.mirror = mirror }

    public func fetch(_ source: WatchSource, validators: Validators?) -> FetchResult {
        guard let copy = source.copy else {
            return FetchResult(.skipped("offline, and the manifest names no local copy"))
        }
        let path: String
        do {
            path = try MirrorPath.resolve(copy, under: mirror, file: "local copy")
        } catch let error as ReadError {
            return FetchResult(.failed(error.message))
        } catch {
            return FetchResult(.failed("local copy \(copy.excerpt(80)) cannot be read"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return FetchResult(.failed("local copy \(path) cannot be read"))
        }
        return FetchResult(.fetched(FetchedDocument(bytes: [UInt8](data), finalURL: path)))
    }
}
