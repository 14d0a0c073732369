import NavetteCore

/// The AN open-data amendment XML of the "referentiel" schema (pre-`cycleDeVie`): a liasse
/// `<amendements>` of `<amendement xmlns="http://schemas.assemblee-nationale.fr/referentiel">`.
///
/// The uid `AMANR5L15PO744107B0806P0D1N28` names the text (`B0806`) and the number (`N28`); the
/// target is `pointeurFragmentTexte/division` and `pointeurFragmentTexte/alinea/numero`.
enum ANOpenDataAmendmentReader {
    static let namespace = "http://schemas.assemblee-nationale.fr/referentiel"

    static func read(_ bytes: [UInt8], file: String) throws -> AmendmentFile {
        let root = try XMLParser.parseXML(bytes, file: file)
        let records = root.name == "amendement" ? [root] : root.elements("amendement")
        guard !records.isEmpty, records.allSatisfy({ $0.namespace == namespace }) else {
            throw ReadError(file: file, "no <amendement> of the AN referentiel schema (\(namespace))")
        }
        var result = AmendmentFile(file: file, format: .anOpenData)
        var numbersByUID: [String: String] = [:]
        for record in records {
            if let uid = record.value("uid"), let number = record.value("numeroLong") { numbersByUID[uid] = number }
        }
        for record in records {
            guard let number = record.value("numeroLong") ?? record.value("identifiant", "numero") else {
                result.warn("line \(record.line): an <amendement> without numeroLong, skipped")
                continue
            }
            result.amendments.append(amendment(record, number: number, numbersByUID: numbersByUID, result: &result))
        }
        return result
    }

    private static func amendment(
        _ record: XMLElement, number: String, numbersByUID: [String: String], result: inout AmendmentFile
    ) -> Amendment {
        let file = result.file
        let uid = record.value("uid") ?? ""
        let document = record.first("representations")?.descendants("documentURI").first?.text.trimmingSpaces()
        // "/15/amendements/0806/CSCONF/28.pdf": the organ code says commission or séance.
        let organ = document.map { $0.split(separator: "/").map(String.init) }.flatMap { $0.count >= 5 ? $0[3] : nil }
        var bill = uidPart(uid, after: "B")
        let reference = record.value("identifiant", "saisine", "refTexteLegislatif")
        if let reference, let referenced = reference.split(separator: "B").last.map(String.init),
            AmendedText.normaliseBill(referenced) != bill.map(AmendedText.normaliseBill)
        {
            if bill == nil {
                bill = referenced
            } else {
                result.note(
                    "amendement \(number): uid names text \(bill!) but refTexteLegislatif \(reference); the uid is kept"
                )
            }
        }
        let text = AmendedText(
            bill: bill, stage: organ.map { $0 == "AN" ? .seance : .commission }, reading: record.value("etapeTexte"),
            examinedBy: organ, legislature: record.value("identifiant", "legislature"))
        let signatories = record.value("signataires", "texteAffichable").map { HTMLText.line(html: $0, file: file) }
        let split = signatories.map(AuthorList.split)
        let pointer = record.first("pointeurFragmentTexte")
        let target = ANLegacyAmendmentReader.target(
            pointer?.first("division"), alinea: pointer?.first("alinea"), result: &result, number: number)
        var parent: String? = nil
        if let parentUID = record.value("amendementParent") {
            parent = numbersByUID[parentUID] ?? uidPart(parentUID, after: "N")
        }
        let sort = record.value("sort", "sortEnSeance")
        let dispositifHTML = record.value("corps", "dispositif")
        return Amendment(
            number: number, chamber: .assemblee, text: text, authors: split?.names ?? [], authorsText: signatories,
            group: split?.group, date: SourceDate.iso(record.value("dateDepot")), target: target,
            dispositif: dispositifHTML.map { HTMLText.plain(html: $0, file: file) } ?? "",
            dispositifHTML: dispositifHTML,
            expose: record.value("corps", "exposeSommaire").map { HTMLText.plain(html: $0, file: file) },
            fateText: sort ?? record.value("etat"), fateDate: SourceDate.iso(record.value("sort", "dateSaisie")),
            parent: parent, url: document.map { "https://www.assemblee-nationale.fr" + $0 })
    }

    /// The digits after the last `marker` letter of an AN uid: `B` → `0806`, `N` → `28`.
    static func uidPart(_ uid: String, after marker: Character) -> String? {
        guard let index = uid.lastIndex(of: marker) else { return nil }
        let digits = uid[uid.index(after: index)...].prefix { $0.isNumber }
        return digits.isEmpty ? nil : String(digits)
    }
}
