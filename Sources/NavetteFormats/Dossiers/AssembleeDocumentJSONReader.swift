import NavetteCore

/// Reads the Assemblée's open-data document record (`{"document": {"@xsi:type": "texteLoi_Type", …}}`,
/// the `Dossiers_Legislatifs` dump's documents): one text of a dossier, as a feed of one document.
///
/// What it gives: the uid (`PRJLSNR5S379B0807`: a projet de loi, Sénat, session 379, text n° 807),
/// `notice.numNotice` (the number), `titres.titrePrincipal`, `cycleDeVie.chrono.dateDepot`,
/// `provenance` (`Texte Déposé`, `Texte de la commission`, `Texte adopté`) and `dossierRef`.
public enum AssembleeDocumentJSONReader {
    public static func read(_ bytes: [UInt8], file: String) throws -> DossierFeed {
        let object = try JSONFile.object(bytes, file: file, expected: "an AN open-data document")
        guard let document = JSONPath.value(object, "document") as? [String: Any],
            let uid = JSONPath.string(document, "uid")
        else {
            throw ReadError(file: file, "no \"document\" object with a uid, expected an AN open-data document")
        }
        let title = JSONPath.string(document, "titres", "titrePrincipal")
        let kind = JSONPath.string(document, "denominationStructurelle")
        let provenance = JSONPath.string(document, "provenance").map(Folding.key) ?? ""
        let family = uid.prefix(4)
        var entry = DossierDocument(
            key: uid, kind: family == "PRJL" || family == "PION" ? .text : .other,
            title: [kind, title].compactMap { $0 }.joined(separator: " "),
            number: JSONPath.string(document, "notice", "numNotice"),
            date: JSONPath.string(document, "cycleDeVie", "chrono", "dateDepot").flatMap(DossierDate.parisDate(iso:)),
            url: "https://www.assemblee-nationale.fr/dyn/opendata/\(uid).html")
        let house = uid.dropFirst(4).prefix(2)
        entry.chamber = house == "AN" ? .assemblee : house == "SN" ? .senat : nil
        if entry.kind == .text {
            entry.step =
                provenance.contains("commission") ? "commission" : provenance.contains("adopte") ? "hemicycle" : "depot"
        }
        entry.summary = JSONPath.string(document, "dossierRef").map { "dossier \($0)" }
        return DossierFeed(title: title, documents: [entry])
    }
}
