import Foundation
import NavetteCore

/// The published addresses of the amendments filed on a text, built from the text's own address by the
/// schemes the chambers document and that public tools rely on:
///
/// - Sénat, text `/leg/pjl22-220.html` (session 2022-2023, n° 220). Amendments filed on a deposited text
///   are examined in commission: `/amendements/commissions/2022-2023/220/jeu_complet_commission_2022-2023_220.csv`
///   and `/encommission/2022-2023/220/liste_discussion.json`; those filed on a commission's (or a CMP's)
///   text, in séance: `/amendements/2022-2023/249/jeu_complet_2022-2023_249.csv` and
///   `/enseance/2022-2023/249/liste_discussion.json`. An adopted text (`tas…`) takes none.
/// - Assemblée nationale, text `PRJLANR5L16B0809` (deposited, `B`) or `…BTC0939` (commission's): the
///   legislature's open-data dump of amendments,
///   `https://data.assemblee-nationale.fr/static/openData/repository/16/loi/amendements_div_legis/Amendements.json.zip`,
///   within the text's folder (`json/<dossier>/<text uid>/`, one JSON object per amendment).
public enum AmendmentListScheme {
    public static func lists(textURL: String, chamber: Chamber, step: String?) -> [AmendmentListAddress] {
        if let text = SenatTextAddress(url: textURL) {
            guard text.kind != "tas" else { return [] }
            let session = text.session
            let number = String(text.number)
            let senat = "https://www.senat.fr"
            if step == "depot" && chamber != .cmp {
                return [
                    AmendmentListAddress(
                        url:
                            "\(senat)/amendements/commissions/\(session)/\(number)/jeu_complet_commission_\(session)_\(number).csv",
                        format: .ameliCSV, origin: .scheme),
                    AmendmentListAddress(
                        url: "\(senat)/encommission/\(session)/\(number)/liste_discussion.json",
                        format: .senatDiscussion,
                        origin: .scheme),
                ]
            }
            return [
                AmendmentListAddress(
                    url: "\(senat)/amendements/\(session)/\(number)/jeu_complet_\(session)_\(number).csv",
                    format: .ameliCSV,
                    origin: .scheme),
                AmendmentListAddress(
                    url: "\(senat)/enseance/\(session)/\(number)/liste_discussion.json", format: .senatDiscussion,
                    origin: .scheme),
            ]
        }
        if let uid = AssembleeTextUID(url: textURL), uid.type != "BTA" {
            let dump =
                "https://data.assemblee-nationale.fr/static/openData/repository/\(uid.legislature)/loi/"
                + "amendements_div_legis/Amendements.json.zip"
            return [AmendmentListAddress(url: dump, format: .assembleeJSON, origin: .scheme, within: uid.uid)]
        }
        return []
    }
}

/// A Sénat text address: `https://www.senat.fr/leg/pjl22-220.html` is `pjl`, session 2022-2023, n° 220.
struct SenatTextAddress {
    var kind: String
    var year: Int
    var number: Int

    init?(url: String) {
        guard let components = URLComponents(string: url), components.host?.hasSuffix("senat.fr") == true,
            let match = components.path.firstMatch(of: /\/leg\/(pjl|ppl|tas)(\d\d)-(\d+)\.html$/),
            let year = Int(match.2), let number = Int(match.3)
        else { return nil }
        kind = String(match.1)
        self.year = 2000 + year
        self.number = number
    }

    /// `2022-2023`: the Sénat's session starts on 1 October.
    var session: String { "\(year)-\(year + 1)" }
}

/// An Assemblée document uid (`PRJLANR5L16BTC0939`), read from an open-data address or rebuilt from a
/// legacy page address (`/16/projets/pl0809.asp`, `/16/ta-commission/r0939-a0.asp`).
struct AssembleeTextUID {
    var uid: String
    var legislature: Int
    /// `B` (deposited), `BTC` (commission's text), `BTA` (adopted).
    var type: String

    init?(url: String) {
        if let match = url.firstMatch(of: /\/((?:PRJL|PION)ANR5L(\d+)(B|BTC|BTA)\d+)(?:\.html|\.json)?$/),
            let legislature = Int(match.2)
        {
            uid = String(match.1)
            self.legislature = legislature
            type = String(match.3)
            return
        }
        let legacy: [(Regex<(Substring, Substring, Substring)>, String, String)] = [
            (/\/(\d+)\/projets\/pl(\d+)\.asp$/, "PRJL", "B"), (/\/(\d+)\/propositions\/pion(\d+)\.asp$/, "PION", "B"),
            (/\/(\d+)\/ta-commission\/r(\d+)-a0\.asp$/, "PRJL", "BTC"), (/\/(\d+)\/ta\/ta(\d+)\.asp$/, "PRJL", "BTA"),
        ]
        for (pattern, family, type) in legacy {
            guard let match = url.firstMatch(of: pattern), let legislature = Int(match.1), let number = Int(match.2)
            else {
                continue
            }
            uid = "\(family)ANR5L\(legislature)\(type)\(String(format: "%04d", number))"
            self.legislature = legislature
            self.type = type
            return
        }
        return nil
    }
}
