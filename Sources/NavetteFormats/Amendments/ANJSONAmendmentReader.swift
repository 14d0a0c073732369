import Foundation
import NavetteCore

/// The Assemblée's open-data amendments in JSON (17th legislature onwards, the `Amendements.json.zip`
/// dump): one `{"amendement": {…}}` per file, serialised from the XML schema (`"@xmlns"`, empty
/// elements as `{"@xsi:nil": "true"}`). Lists of them (`amendements.amendement[]`, the older
/// `textesEtAmendements.texteleg[].amendements.amendement[]`) read the same way.
///
/// What is read: `identification.numeroLong` (`AS13`, `11 (Rect)`), `texteLegislatifRef` and
/// `prefixeOrganeExamen` (the text and the examining body), `signataires.libelle` (names and group),
/// `pointeurFragmentTexte` (division and alinéa), `corps.contenuAuteur` (dispositif and exposé, HTML),
/// `cycleDeVie` (dates, state, sort) and `amendementParentRef` (sub-amendments). Fields outside the
/// schema known here are ignored with one warning per file.
enum ANJSONAmendmentReader {
    static func read(_ bytes: [UInt8], file: String) throws -> AmendmentFile {
        let root = try JSONFile.object(bytes, file: file, expected: "an AN open-data amendment")
        let records = self.records(in: root)
        guard !records.isEmpty else {
            throw ReadError(file: file, "no \"amendement\" object, expected AN open-data amendment JSON")
        }
        var result = AmendmentFile(file: file, format: .anJSON)
        var unknown: Set<String> = Set(root.keys).subtracting(["amendement", "amendements", "textesEtAmendements"])
        for record in records {
            unknown.formUnion(Set(record.keys).subtracting(knownFields))
            guard let number = JSONPath.string(record, "identification", "numeroLong") else {
                result.warn("an amendement without identification.numeroLong (uid \(record["uid"] ?? "?")), skipped")
                continue
            }
            result.amendments.append(amendment(record, number: number, result: &result))
        }
        if !unknown.isEmpty {
            result.warn(unknownFieldsWarning + unknown.sorted().joined(separator: ", "))
        }
        return result
    }

    /// The start of the warning about fields outside the schema, so a stream can say it once.
    static let unknownFieldsWarning = "fields unknown to navette's AN amendment JSON reader, ignored: "

    private static func records(in root: [String: Any]) -> [[String: Any]] {
        var records = JSONPath.objects(root, "amendement") + JSONPath.objects(root, "amendements", "amendement")
        for text in JSONPath.objects(root, "textesEtAmendements", "texteleg") {
            records += JSONPath.objects(text, "amendements", "amendement")
        }
        return records
    }

    private static func amendment(_ record: [String: Any], number: String, result: inout AmendmentFile) -> Amendment {
        let file = result.file
        let organ = JSONPath.string(record, "identification", "prefixeOrganeExamen")
        let textRef = JSONPath.string(record, "texteLegislatifRef")
        let bill = textRef.flatMap(billNumber)
        let legislature = JSONPath.string(record, "legislature")
        let text = AmendedText(
            bill: bill, stage: organ.map { $0 == "AN" ? .seance : .commission },
            examinedBy: organ.map { $0 == "AN" ? "Séance publique" : $0 }, legislature: legislature)
        let signatories = JSONPath.string(record, "signataires", "libelle").map { HTMLText.line(html: $0, file: file) }
        let split = signatories.map(AuthorList.split)
        let content = JSONPath.value(record, "corps", "contenuAuteur")
        let dispositifHTML = JSONPath.string(content, "dispositif")
        let lifecycle = JSONPath.value(record, "cycleDeVie")
        var amendment = Amendment(
            number: number, chamber: .assemblee, text: text, authors: split?.names ?? [], authorsText: signatories,
            group: split?.group ?? JSONPath.string(record, "signataires", "auteur", "groupePolitiqueRef"),
            date: SourceDate.iso(JSONPath.string(lifecycle, "dateDepot")),
            target: target(JSONPath.value(record, "pointeurFragmentTexte"), number: number, result: &result),
            dispositif: dispositifHTML.map { HTMLText.plain(html: $0, file: file) } ?? "",
            dispositifHTML: dispositifHTML,
            expose: JSONPath.string(content, "exposeSommaire").map { HTMLText.plain(html: $0, file: file) },
            fateText: fateText(lifecycle), fateDate: SourceDate.iso(JSONPath.string(lifecycle, "dateSort")),
            parent: parentNumber(record, number: number))
        if let bill, let organ, let legislature {
            let printed = String(number.prefix { $0.isLetter }) + number.filter(\.isNumber)
            amendment.url =
                "https://www.assemblee-nationale.fr/dyn/\(legislature)/amendements/\(bill)/\(organ)/"
                + printed
        }
        return amendment
    }

    /// The sort when there is one (`Adopté`, `Tombé`), else the state (`Irrecevable 40 (Charge)`,
    /// `Retiré avant publication`, `A discuter`).
    static func fateText(_ lifecycle: Any?) -> String? {
        if let sort = JSONPath.string(lifecycle, "sort") { return sort }
        let state = JSONPath.string(lifecycle, "etatDesTraitements", "etat", "libelle")
        guard let detail = JSONPath.string(lifecycle, "etatDesTraitements", "sousEtat", "libelle") else { return state }
        guard let state else { return detail }
        let stateWord = Folding.key(state).split(separator: " ").first.map(String.init) ?? ""
        return Folding.key(detail).hasPrefix(stateWord) ? detail : "\(state) (\(detail))"
    }

    /// `pointeurFragmentTexte`: `division` (`titre` "Article 11", `type` ARTICLE/ANNEXE/CHAPITRE,
    /// `avant_A_Apres` Avant/A/Après, `divisionRattachee` for an annex) and
    /// `amendementStandard.alinea` (`numero`, `alineaDesignation`, `avant_A_Apres`).
    static func target(_ pointer: Any?, number: String, result: inout AmendmentFile) -> AmendmentTarget {
        let division = JSONPath.value(pointer, "division")
        guard let title = JSONPath.string(division, "titre") ?? JSONPath.string(division, "articleDesignationCourte")
        else {
            result.warn("amendement \(number): no pointeurFragmentTexte.division, target unknown")
            return .unknown
        }
        var target = AmendmentTarget(label: title)
        switch JSONPath.string(division, "avant_A_Apres").map(Folding.key) {
        case "apres": target.position = .after
        case "avant": target.position = .before
        default: break
        }
        switch JSONPath.string(division, "type") {
        case "ANNEXE":
            target.kind = .annex
            if let attached = JSONPath.string(division, "divisionRattachee") {
                target.article = AmendmentTarget(label: attached).article
            }
        case "CHAPITRE", "TITRE", "SECTION": if target.kind != .title { target.kind = .division }
        default: break
        }
        let alinea = JSONPath.value(pointer, "amendementStandard", "alinea")
        if let printed = JSONPath.string(alinea, "numero") {
            target.alinea = Int(printed)
            target.alineaLabel = JSONPath.string(alinea, "alineaDesignation") ?? printed
            switch JSONPath.string(alinea, "avant_A_Apres").map(Folding.key) {
            case "apres": target.alineaPosition = .after
            case "avant": target.alineaPosition = .before
            default: break
            }
        }
        return target
    }

    /// The text's number from its uid: `PRJLANR5L17B1907` → `1907`, a commission's text
    /// `PIONANR5L17BTC1187` → `TC1187`.
    static func billNumber(_ uid: String) -> String? {
        guard let index = uid.lastIndex(of: "B") else { return nil }
        let number = uid[uid.index(after: index)...]
        return number.isEmpty ? nil : String(number)
    }

    /// The parent's number from its uid (`…B1907P0D1N000964` under `AS1749` → `AS964`): the same
    /// examining body, so the same prefix.
    static func parentNumber(_ record: [String: Any], number: String) -> String? {
        guard let uid = JSONPath.string(record, "amendementParentRef"),
            let digits = ANOpenDataAmendmentReader.uidPart(uid, after: "N")
        else { return nil }
        let stripped = digits.drop { $0 == "0" }
        return String(number.prefix { $0.isLetter }) + (stripped.isEmpty ? "0" : String(stripped))
    }

    /// The fields of the schema as published in 2025 (read or knowingly left aside).
    static let knownFields: Set<String> = [
        "@xmlns", "@xmlns:xsi", "uid", "chronotag", "legislature", "identification", "examenRef",
        "texteLegislatifRef", "triAmendement", "cardinaliteAmdtMultiples", "amendementParentRef", "signataires",
        "pointeurFragmentTexte", "corps", "cycleDeVie", "representations", "seanceDiscussionRef", "article99",
        "loiReference", "discussionCommune", "discussionIdentique", "accordGouvernementDepotHorsDelai", "etapeTexte",
    ]
}
