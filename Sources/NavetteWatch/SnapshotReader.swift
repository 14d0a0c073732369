import Foundation
import NavetteCore
import NavetteFormats

/// What was read from a snapshot, kept as JSON beside it.
public enum ParsedContent: Sendable, Codable {
    case reading(Reading)
    case dossier(DossierFeed)
    case amendment(number: String, fate: String?)
    /// The amendments of a list, by number, with their fate as printed (`""` when none is given yet).
    case amendmentList(fates: [String: String])

    public var kind: String {
        switch self {
        case .reading: "reading"
        case .dossier: "dossier"
        case .amendment: "amendment"
        case .amendmentList: "amendments"
        }
    }

    /// How many things a reader found in it (articles, texts of the bill, amendments): a source that
    /// gave some and now gives none has changed its layout (`Syncer`'s canary).
    public var yield: Int {
        switch self {
        case .reading(let reading): reading.articles.count
        case .dossier(let feed): feed.readings.count
        case .amendment: 1
        case .amendmentList(let fates): fates.count
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
        case .amendmentList(let fates):
            "\(fates.count) amendment\(fates.count == 1 ? "" : "s")"
        }
    }
}

/// Reads fetched bytes according to what the source is, and refuses what must not become a snapshot:
/// a type that is no text, bytes no reader accepts, a bill page with no article (an error or
/// maintenance page served with 200), a dossier feed with no document.
public struct SnapshotReader: Sendable {
    public var fates: any AmendmentFateReading

    public init(fates: any AmendmentFateReading = HeadlineFateReader()) { self.fates = fates }

    static let binaryTypes = [
        "image/", "audio/", "video/", "font/", "application/pdf", "application/zip", "application/octet-stream",
    ]

    public func read(_ document: FetchedDocument, source: WatchSource) throws(WatchError) -> ParsedContent {
        let type = document.contentType.map { $0.split(separator: ";").first.map(String.init) ?? $0 }?.lowercased()
            .trimmingSpaces()
        // An amendment list may be a zip (the Assemblée's dump); every other source is a text page.
        let zipList =
            type.map { $0 == "application/zip" || $0 == "application/octet-stream" } == true
            && { if case .amendmentList = source.kind { true } else { false } }()
        if let type, !zipList, Self.binaryTypes.contains(where: type.hasPrefix) {
            throw WatchError.notText("the server sent \(type), expected a text page")
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
            case .amendmentList:
                let file = try ManifestAmendmentLists.read(bytes: bytes, file: source.url)
                var fates: [String: String] = [:]
                for amendment in file.amendments {
                    // The same number twice (a second deliberation) is kept twice: `12`, `12 (2)`.
                    var number = amendment.number
                    var counter = 2
                    while fates[number] != nil {
                        number = "\(amendment.number) (\(counter))"
                        counter += 1
                    }
                    fates[number] = amendment.fateText ?? ""
                }
                return .amendmentList(fates: fates)
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
