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

    /// Why bytes were not kept, in one line.
    public struct Rejection: Error, Sendable, CustomStringConvertible {
        public var description: String
        /// False when the bytes were refused for what they are (an image, a PDF), not for what a reader
        /// found in them: only the latter, on a source that was read before, is a layout change.
        public var layout = true
    }

    static let binaryTypes = ["image/", "audio/", "video/", "font/", "application/pdf", "application/zip", "application/octet-stream"]

    public func read(_ document: FetchedDocument, source: WatchSource) throws(Rejection) -> ParsedContent {
        let type = document.contentType.map { $0.split(separator: ";").first.map(String.init) ?? $0 }?.lowercased().trimmingSpaces()
        // An amendment list may be a zip (the Assemblée's dump); every other source is a text page.
        let zipList = type.map { $0 == "application/zip" || $0 == "application/octet-stream" } == true
            && { if case .amendmentList = source.kind { true } else { false } }()
        if let type, !zipList, Self.binaryTypes.contains(where: type.hasPrefix) {
            throw Rejection(description: "the server sent \(type), expected a text page", layout: false)
        }
        let bytes = Self.transcode(document.bytes, contentType: document.contentType)
        do {
            switch source.kind {
            case .text(let id):
                var reading = try DocumentLoader.readReading(bytes: bytes, file: source.url)
                reading.id = id
                guard !reading.articles.isEmpty else {
                    throw Rejection(description: "no article in the page, expected a bill text (an error page?)")
                }
                return .reading(reading)
            case .dossier:
                let feed = try DossierFeedReader.read(bytes, file: source.url)
                guard !feed.documents.isEmpty else { throw Rejection(description: "the dossier feed lists no document") }
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
        } catch let rejection as Rejection {
            throw rejection
        } catch let error as ReadError {
            throw Rejection(description: error.message)
        } catch {
            throw Rejection(description: String(describing: error))
        }
    }

    /// A page declared `iso-8859-15` (Latin-9) whose bytes are not UTF-8 is re-encoded as UTF-8:
    /// `TextDecoding` reads non-UTF-8 bytes as windows-1252, which differs from Latin-9 on eight
    /// characters (0xBD is œ in Latin-9, ½ in windows-1252). Other charsets are left to `TextDecoding`
    /// (XML carries its own declaration, read by libxml2).
    static func transcode(_ bytes: [UInt8], contentType: String?) -> [UInt8] {
        guard let contentType = contentType?.lowercased(),
            contentType.contains("iso-8859-15") || contentType.contains("latin-9") || contentType.contains("latin9"),
            TextDecoding.detect(bytes) == .windows1252,
            !String(decoding: bytes.prefix(64), as: UTF8.self).hasPrefix("<?xml")
        else { return bytes }
        let latin9: [UInt8: Unicode.Scalar] = [
            0xA4: "€", 0xA6: "Š", 0xA8: "š", 0xB4: "Ž", 0xB8: "ž", 0xBC: "Œ", 0xBD: "œ", 0xBE: "Ÿ",
        ]
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(latin9[byte] ?? Unicode.Scalar(byte)) }
        return Array(String(text).utf8)
    }
}
