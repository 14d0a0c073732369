import Foundation
import NavetteCore
import NavetteFormats

/// What was read from a snapshot, kept as JSON beside it.
public enum ParsedContent: Sendable, Codable {
    case reading(Reading)
    case dossier(DossierFeed)
    case amendment(number: String, fate: String?)

    public var kind: String {
        switch self {
        case .reading: "reading"
        case .dossier: "dossier"
        case .amendment: "amendment"
        }
    }

    /// One line for listings.
    public var summary: String {
        switch self {
        case .reading(let reading):
            "\(reading.articles.count) article\(reading.articles.count == 1 ? "" : "s")"
        case .dossier(let feed):
            "\(feed.documents.count) documents, \(feed.readings.count) texts"
        case .amendment(_, let fate):
            "fate \(fate ?? "not given")"
        }
    }
}

/// Reads fetched bytes according to what the source is, and refuses what must not become a snapshot:
/// a type that is no text, bytes no reader accepts, a bill page with no article (an error or
/// maintenance page served with 200), a dossier feed with no document.
public struct SnapshotReader: Sendable {
    public var fates: any AmendmentFateReading

    public init(fates: any AmendmentFateReading = HeadlineFateReader()) { self.fates = fates }

    static let binaryTypes = ["image/", "audio/", "video/", "font/", "application/pdf", "application/zip", "application/octet-stream"]

    public func read(_ document: FetchedDocument, source: WatchSource) throws(WatchError) -> ParsedContent {
        let type = document.contentType.map { $0.split(separator: ";").first.map(String.init) ?? $0 }?.lowercased().trimmingSpaces()
        if let type, Self.binaryTypes.contains(where: type.hasPrefix) {
            throw WatchError.rejected("the server sent \(type), expected a text page")
        }
        let bytes = TextDecoding.transcodingLatin9(document.bytes, contentType: document.contentType)
        do {
            switch source.kind {
            case .text(let id):
                var reading = try DocumentLoader.readReading(bytes: bytes, file: source.url)
                reading.id = id
                guard !reading.articles.isEmpty else {
                    throw WatchError.rejected("no article in the page, expected a bill text (an error page?)")
                }
                return .reading(reading)
            case .dossier:
                let feed = try DossierFeedReader.read(bytes, file: source.url)
                guard !feed.documents.isEmpty else { throw WatchError.rejected("the dossier feed lists no document") }
                return .dossier(feed)
            case .amendment(let number):
                return .amendment(number: number, fate: try fates.fate(of: number, in: bytes, file: source.url))
            }
        } catch let rejection as WatchError {
            throw rejection
        } catch let error as ReadError {
            throw WatchError.rejected(error.message)
        } catch {
            throw WatchError.rejected(String(describing: error))
        }
    }
}
