import NavetteCore

/// One document listed by a dossier feed or page: a text, a report, a debate, a vote, a decision.
public struct DossierDocument: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A version of the bill (deposited, commission, adopted, CMP): a reading.
        case text
        /// The promulgated law: also a reading.
        case law
        case report
        case debate
        case vote
        case amendments
        case decision
        case other
    }

    /// Stable identity within its feed, so that two snapshots of the feed can be compared: the
    /// entry id of an Atom feed, the act uid of AN data, the address (and number) on a Sénat page.
    public var key: String
    public var kind: Kind
    /// As printed: `Texte n° 109`, `Texte de la commission n° 525`.
    public var title: String
    /// Official number, when the title or the record gives one: `109`, `PRJLANR5L15BTA0029`.
    public var number: String?
    public var chamber: Chamber?
    /// `1ère lecture`, `CMP`, `nouvelle lecture`, `lecture définitive`…
    public var stage: String?
    /// `depot`, `commission`, `hemicycle`.
    public var step: String?
    /// ISO date `yyyy-mm-dd` (French time).
    public var date: String?
    public var url: String?
    /// What the source says of it: `Texte modifié par le Sénat le 11 juin 2019`.
    public var summary: String?

    public init(
        key: String, kind: Kind, title: String, number: String? = nil, chamber: Chamber? = nil, stage: String? = nil,
        step: String? = nil, date: String? = nil, url: String? = nil, summary: String? = nil
    ) {
        self.key = key
        self.kind = kind
        self.title = title
        self.number = number
        self.chamber = chamber
        self.stage = stage
        self.step = step
        self.date = date
        self.url = url
        self.summary = summary
    }

    /// True for a version of the bill's text (a reading of the navette).
    public var isReading: Bool { kind == .text || kind == .law }
}

/// What a dossier feed or page lists, in its order.
public struct DossierFeed: Sendable, Hashable, Codable {
    public var title: String?
    public var documents: [DossierDocument]
    public var diagnostics: [Diagnostic]

    public init(title: String? = nil, documents: [DossierDocument] = [], diagnostics: [Diagnostic] = []) {
        self.title = title
        self.documents = documents
        self.diagnostics = diagnostics
    }

    /// The documents that are versions of the bill, in the feed's order.
    public var readings: [DossierDocument] { documents.filter(\.isReading) }
}

/// The dossier formats navette follows, detected from the content.
public enum DossierFeedFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// The Sénat's Atom feed of a dossier (`/rss/dosleg…xml`).
    case senatAtom = "senat-atom"
    /// The Assemblée nationale open-data `dossierParlementaire` JSON.
    case assembleeJSON = "an-json"
    /// The Sénat's dossier législatif HTML page.
    case senatPage = "senat-page"
    /// The Assemblée nationale open-data `document` JSON (one text of a dossier).
    case assembleeDocumentJSON = "an-document-json"

    public static func detect(_ bytes: [UInt8]) -> DossierFeedFormat? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        if head.contains("\"dossierparlementaire\"") { return .assembleeJSON }
        if head.contains("\"document\""), head.contains("schemas.assemblee-nationale.fr/referentiel") {
            return .assembleeDocumentJSON
        }
        if head.contains("<feed") && head.contains("http://www.w3.org/2005/atom") { return .senatAtom }
        if head.contains("<html") || head.contains("<!doctype html") { return .senatPage }
        return nil
    }
}

/// Reads a dossier feed of any supported format.
public enum DossierFeedReader {
    public static func read(_ bytes: [UInt8], file: String, format: DossierFeedFormat? = nil) throws -> DossierFeed {
        guard bytes.contains(where: { $0 > 0x20 }) else {
            throw ReadError.empty(file: file, expected: "a dossier feed (Sénat Atom, AN JSON or Sénat dossier page)")
        }
        guard let format = format ?? DossierFeedFormat.detect(bytes) else {
            throw ReadError(
                file: file, "unknown format, expected a dossier feed (Sénat Atom, AN JSON or Sénat dossier page)")
        }
        switch format {
        case .senatAtom: return try SenatDossierAtomReader.read(bytes, file: file)
        case .assembleeJSON: return try AssembleeDossierJSONReader.read(bytes, file: file)
        case .senatPage: return try SenatDossierPageReader.read(bytes, file: file)
        case .assembleeDocumentJSON: return try AssembleeDocumentJSONReader.read(bytes, file: file)
        }
    }
}
