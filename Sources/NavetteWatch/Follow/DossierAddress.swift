import Foundation

/// What `navette follow` was given, recognised from its form alone (nothing is fetched to decide):
/// a Sénat dossier page, an Assemblée dossier (open-data JSON, or its page on the site), or a
/// Légifrance text id.
public enum DossierAddress: Sendable, Hashable {
    /// `https://www.senat.fr/dossier-legislatif/pjl22-220.html`: id `pjl22-220`.
    case senatPage(url: String, id: String)
    /// `https://www.assemblee-nationale.fr/dyn/opendata/DLR5L16N46617.json` (or a bare `DLR5L16N46617`).
    case assembleeJSON(url: String, id: String)
    /// `https://www.assemblee-nationale.fr/dyn/16/dossiers/…`: its open-data uid is read from the page.
    case assembleePage(url: String)
    /// `JORFTEXT000047561974`, or a Légifrance address ending with it.
    case legifrance(url: String, id: String)

    static let expected = """
        expected a dossier: a Sénat dossier page (https://www.senat.fr/dossier-legislatif/pjl22-220.html), \
        an Assemblée dossier (its open-data JSON DLR5L16N…, or its page …/dyn/16/dossiers/…) or a Légifrance \
        text id (JORFTEXT…)
        """

    /// - Throws: `WatchError` saying, in one line, what was expected.
    public init(_ text: String) throws {
        let address = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let match = address.firstMatch(of: /^(?:https?:\/\/[^\/]+\/dyn\/opendata\/)?(DLR5L\d+N\d+)(?:\.json)?$/) {
            let id = String(match.1)
            let url = address.hasPrefix("http") ? address : Self.assembleeJSON(id)
            self = .assembleeJSON(url: url, id: id)
            return
        }
        if let match = address.firstMatch(of: /^(?:https?:\/\/.*[\/=])?(JORFTEXT\d{12})\/?$/) {
            let id = String(match.1)
            self = .legifrance(url: "https://www.legifrance.gouv.fr/jorf/id/\(id)", id: id)
            return
        }
        guard let url = URLComponents(string: address), let host = url.host?.lowercased(),
            url.scheme == "http" || url.scheme == "https"
        else { throw WatchError.follow("'\(text)': \(Self.expected)") }
        if host.hasSuffix("senat.fr"),
            let match = url.path.firstMatch(of: /^\/dossier-legislatif\/([a-z0-9][a-z0-9_\-]*)\.html$/)
        {
            self = .senatPage(url: address, id: String(match.1))
            return
        }
        if host.hasSuffix("assemblee-nationale.fr"), url.path.contains("/dossiers/") {
            if let match = url.path.firstMatch(of: /(DLR5L\d+N\d+)/) {
                self = .assembleeJSON(url: Self.assembleeJSON(String(match.1)), id: String(match.1))
            } else {
                self = .assembleePage(url: address)
            }
            return
        }
        throw WatchError.follow("'\(text)': \(Self.expected)")
    }

    /// The Assemblée's open-data address of a dossier (`/dyn/opendata/<uid>.json`, the scheme its
    /// documents also follow).
    static func assembleeJSON(_ uid: String) -> String {
        "https://www.assemblee-nationale.fr/dyn/opendata/\(uid).json"
    }

    /// The address fetched first.
    public var url: String {
        switch self {
        case .senatPage(let url, _), .assembleeJSON(let url, _), .assembleePage(let url), .legifrance(let url, _): url
        }
    }
}
