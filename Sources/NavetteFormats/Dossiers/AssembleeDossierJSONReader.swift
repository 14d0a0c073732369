import NavetteCore

/// Reads the Assemblée nationale open-data dossier (`{"dossierParlementaire": {…}}`): acts nest
/// recursively under `actesLegislatifs.acteLegislatif` (an object or a list); the top-level act's
/// `codeActe` is the stage (AN1, SN1, CMP, ANNLEC, SNNLEC, ANLDEF, CC, PROM). Documents hang off acts as
/// `texteAssocie`/`texteAdopte` uids, `textesAssocies.texteAssocie[].refTexteAssocie` for decisions,
/// `urlConclusion` for the Conseil constitutionnel and `infoJO` for the promulgated law.
///
/// A document uid reads [PRJL|PION|RAPP|AVIS|ETDI] + AN|SN + R5 + L{legislature}|S{session} + B|BTC|BTA
/// + number: B is a deposited text, BTC a commission's text, BTA an adopted one.
public enum AssembleeDossierJSONReader {
    public static func read(_ bytes: [UInt8], file: String) throws -> DossierFeed {
        let object = try JSONFile.object(bytes, file: file)
        guard let dossier = object["dossierParlementaire"] as? [String: Any] else {
            throw ReadError(file: file, "no \"dossierParlementaire\" object, expected an AN open-data dossier")
        }
        let titles = dossier["titreDossier"] as? [String: Any]
        var feed = DossierFeed(title: titles?["titre"] as? String)
        for act in list((dossier["actesLegislatifs"] as? [String: Any])?["acteLegislatif"]) {
            let code = act["codeActe"] as? String ?? ""
            walk(act, stageCode: code, into: &feed, file: file)
        }
        if feed.documents.isEmpty {
            feed.diagnostics.append(Diagnostic(.warning, "the dossier lists no document", source: file))
        }
        return feed
    }

    private static func walk(_ act: [String: Any], stageCode: String, into feed: inout DossierFeed, file: String) {
        let code = act["codeActe"] as? String ?? ""
        let uid = act["uid"] as? String ?? code
        let label =
            ((act["libelleActe"] as? [String: Any])?["nomCanonique"] as? String).map(DossierVocabulary.squeeze) ?? code
        let date = (act["dateActe"] as? String).flatMap(DossierDate.parisDate(iso:))
        let stage = stage(stageCode)

        var references: [String] = []
        for key in ["texteAssocie", "texteAdopte", "texteLoiRef"] {
            if let reference = act[key] as? String { references.append(reference) }
        }
        for item in list((act["textesAssocies"] as? [String: Any])?["texteAssocie"]) {
            if let reference = item["refTexteAssocie"] as? String { references.append(reference) }
        }
        if act["@xsi:type"] as? String == "Promulgation_Type" {
            // The law itself; the adopted text it names is already listed under its decision.
            let info = act["infoJO"] as? [String: Any]
            let number = act["codeLoi"] as? String
            let title = ["Loi", number.map { "n° \($0)" }, act["titreLoi"] as? String].compactMap { $0 }.joined(
                separator: " ")
            feed.documents.append(
                DossierDocument(
                    key: uid, kind: .law, title: title, number: number, chamber: .gouvernement, stage: stage,
                    date: date,
                    url: (act["urlLegifrance"] as? String) ?? (info?["urlLegifrance"] as? String)))
            references = []
        }
        if let url = act["urlConclusion"] as? String {
            let number = act["numDecision"] as? String
            let year = act["anneeDecision"] as? String
            let title = "Décision n° \([year, number].compactMap { $0 }.joined(separator: "-")) DC"
            feed.documents.append(
                DossierDocument(
                    key: uid, kind: .decision, title: title, number: number, chamber: .conseilConstitutionnel,
                    stage: stage, date: date, url: url))
        }
        for reference in references {
            feed.documents.append(
                document(reference, act: uid, label: label, stage: stage, stageCode: stageCode, date: date))
        }
        for child in list((act["actesLegislatifs"] as? [String: Any])?["acteLegislatif"]) {
            walk(child, stageCode: stageCode, into: &feed, file: file)
        }
    }

    private static func document(
        _ reference: String, act: String, label: String, stage: String?, stageCode: String, date: String?
    ) -> DossierDocument {
        let family = String(reference.prefix(4))
        let house = reference.dropFirst(4).prefix(2)
        let type = documentType(reference)
        var kind: DossierDocument.Kind
        switch family {
        case "PRJL", "PION": kind = ["B", "BTC", "BTA"].contains(type) ? .text : .other
        case "RAPP", "AVIS", "ETDI", "RION": kind = .report
        default: kind = .other
        }
        var document = DossierDocument(
            key: "\(act):\(reference)", kind: kind, title: "\(label) (\(reference))", number: reference, stage: stage,
            date: date, url: "https://www.assemblee-nationale.fr/dyn/opendata/\(reference).html")
        document.chamber = house == "AN" ? .assemblee : house == "SN" ? .senat : nil
        if kind == .text {
            switch type {
            case "BTC": document.step = "commission"
            case "BTA": document.step = "hemicycle"
            default: document.step = "depot"
            }
            if stageCode == "CMP" { document.chamber = .cmp }
        }
        return document
    }

    /// `B`, `BTC`, `BTA`, `TAP`: the letters between the legislature (or session) and the number.
    private static func documentType(_ reference: String) -> String {
        // PRJLANR5L15BTA0029 -> after "R5", skip L15 / S299, keep letters up to the digits.
        guard let r5 = reference.range(of: "R5") else { return "" }
        var rest = reference[r5.upperBound...].dropFirst()  // L or S
        rest = rest.drop { $0.isNumber }
        return String(rest.prefix { $0.isLetter })
    }

    private static func stage(_ code: String) -> String? {
        switch code {
        case "AN1", "SN1": return "1ère lecture"
        case "AN2", "SN2": return "2ème lecture"
        case "AN3", "SN3": return "3ème lecture"
        case "CMP": return "CMP"
        case "ANNLEC", "SNNLEC": return "nouvelle lecture"
        case "ANLDEF": return "lecture définitive"
        case "CC": return "constitutionnalité"
        case "PROM": return "promulgation"
        default: return nil
        }
    }

    /// AN JSON writes a one-element list as an object: both read as a list.
    private static func list(_ value: Any?) -> [[String: Any]] {
        if let array = value as? [[String: Any]] { return array }
        if let object = value as? [String: Any] { return [object] }
        return []
    }
}
