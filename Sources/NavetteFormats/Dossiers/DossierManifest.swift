import Foundation
import NavetteCore

/// The manifest a dossier gives: one reading per version of the bill it lists (texts, the law, the
/// Conseil constitutionnel's decision), in the dossier's order, with ids in the manifests' style
/// (`senat-220`, `an-ta96`, `cmp-497`, `loi-2023-380`), and for each text the addresses of the
/// amendments filed on it (`AmendmentListScheme`). Facts only: no text is read here.
public enum DossierManifest {
    /// - Parameters:
    ///   - urls: the dossier's addresses by site (`senat`, `assemblee-opendata`…), for the manifest's `urls`.
    ///   - origin: where the readings' text addresses come from (a Sénat page links them: `.dossier`; the
    ///     Assemblée's data gives uids that navette turns into addresses: `.scheme`).
    public static func manifest(
        id: String, feed: DossierFeed, urls: [String: String], origin: AddressOrigin
    ) -> Manifest {
        var manifest = Manifest(id: id, title: feed.title ?? id, urls: urls)
        var ids: Set<String> = []
        for document in feed.documents where document.isReading || document.kind == .decision {
            var reading = self.reading(document, origin: origin)
            var unique = reading.id
            var counter = 2
            while ids.contains(unique) {
                unique = "\(reading.id)-\(counter)"
                counter += 1
            }
            reading.id = unique
            ids.insert(unique)
            manifest.readings.append(reading)
        }
        return manifest
    }

    static func reading(_ document: DossierDocument, origin: AddressOrigin) -> ManifestReading {
        let chamber = document.chamber ?? .other
        var url = document.url
        var urlOrigin = origin
        // The Assemblée's data names the Sénat's texts by uid; the Sénat publishes them under /leg/.
        if let uid = document.number, let senat = senatAddress(uid: uid, date: document.date) {
            url = senat
            urlOrigin = .scheme
        }
        var reading = ManifestReading(
            id: id(document, chamber: chamber), chamber: chamber,
            stage: document.stage ?? (document.kind == .law ? "promulgation" : "stage not given"),
            step: document.step, date: document.date, number: printedNumber(document, chamber: chamber, url: url),
            url: url, origin: url == nil ? nil : urlOrigin)
        if document.kind == .text, let url {
            reading.amendmentLists = AmendmentListScheme.lists(textURL: url, chamber: chamber, step: document.step)
        }
        return reading
    }

    /// `senat-220`, `an-ta96`, `cmp-497`, `cc-2023-850`, `loi-2023-380`.
    static func id(_ document: DossierDocument, chamber: Chamber) -> String {
        let number = shortNumber(document) ?? document.date ?? "?"
        switch document.kind {
        case .law: return "loi-\(number)"
        case .decision:
            return "cc-" + (document.title.firstMatch(of: /\d{4}-\d+/).map { String($0.0) } ?? number)
        default:
            let prefix: String
            switch chamber {
            case .assemblee: prefix = "an"
            case .senat: prefix = "senat"
            case .cmp: prefix = "cmp"
            default: prefix = "text"
            }
            return prefix + "-" + (document.step == "hemicycle" && chamber != .cmp ? "ta" : "") + number
        }
    }

    /// The number without its uid or leading zeros: `PRJLANR5L15BTA0029` -> `29`, `0809` -> `809`.
    static func shortNumber(_ document: DossierDocument) -> String? {
        guard var number = document.number else { return nil }
        if let digits = number.firstMatch(of: /R5[LS]\d+[A-Z]+(\d+)$/) { number = String(digits.1) }
        if number.allSatisfy(\.isNumber) { number = String(number.drop { $0 == "0" }) }
        return number.isEmpty ? nil : number
    }

    /// `Sénat n° 220 (2022-2023)`, `AN n° 939`, `T.A. n° 96 (AN)`, `Loi n° 2023-380`.
    static func printedNumber(_ document: DossierDocument, chamber: Chamber, url: String?) -> String? {
        guard let number = shortNumber(document) else { return nil }
        switch document.kind {
        case .law: return "Loi n° \(number)"
        case .decision: return document.title
        default: break
        }
        let session = url.flatMap(SenatTextAddress.init(url:)).map { " (\($0.session))" } ?? ""
        let adopted = document.step == "hemicycle" && chamber != .cmp
        switch chamber {
        case .senat: return (adopted ? "T.A. Sénat n° " : "Sénat n° ") + number + session
        case .assemblee: return (adopted ? "T.A. AN n° " : "AN n° ") + number
        default: return "n° \(number)\(session)"
        }
    }

    /// A Sénat text uid of the Assemblée's data (`PRJLSNR5S299B0063`, `…BTA0020`, `…BTC0104`) as its
    /// address on senat.fr (`/leg/pjl17-063.html`, `/leg/tas17-020.html`): the session is the one the
    /// date falls in (from 1 October), the number is written with three digits at least.
    static func senatAddress(uid: String, date: String?) -> String? {
        guard let match = uid.firstMatch(of: /^(PRJL|PION)SNR5S\d+(B|BTC|BTA)(\d+)$/), let date,
            let year = Int(date.prefix(4)), let month = Int(date.dropFirst(5).prefix(2)), let number = Int(match.3)
        else { return nil }
        let session = (month >= 10 ? year : year - 1) % 100
        let kind = match.2 == "BTA" ? "tas" : match.1 == "PION" ? "ppl" : "pjl"
        return "https://www.senat.fr/leg/\(kind)" + String(format: "%02d-%03d.html", session, number)
    }
}
