import Foundation
import NavetteCore

/// The Sénat's `liste_discussion.json`: `info_generales` and `Subdivisions[]`, each with its
/// `Amendements[]` in discussion order (`num`, `auteur`, `sort` or `isAdopte`/`isRejete`,
/// `libelleAlinea`, `idAmendementPere` for sub-amendments, `urlAmdt`).
enum SenatDiscussionReader {
    static func read(_ bytes: [UInt8], file: String) throws -> AmendmentFile {
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw ReadError(file: file, "malformed JSON, expected a Sénat liste_discussion.json object")
        }
        guard let subdivisions = root["Subdivisions"] as? [[String: Any]] else {
            throw ReadError(file: file, "no \"Subdivisions\" array, expected a Sénat liste_discussion.json")
        }
        var result = AmendmentFile(file: file, format: .senatDiscussionJSON)
        let info = root["info_generales"] as? [String: Any] ?? [:]
        // Signets look like "../../textes/2018-2019/146.html#AMELI_SUB_4__Article_42".
        let signet = subdivisions.lazy.compactMap { $0["signet"] as? String }.first ?? ""
        let signetParts = signet.split(separator: "#").first?.split(separator: "/").map(String.init) ?? []
        let session = signetParts.count >= 2 ? signetParts[signetParts.count - 2] : nil
        let bill = signetParts.last.map { String($0.prefix { $0.isNumber }) }.flatMap { $0.isEmpty ? nil : $0 }
        var numbersByID: [String: String] = [:]
        for subdivision in subdivisions {
            for record in subdivision["Amendements"] as? [[String: Any]] ?? [] {
                if let id = string(record["idAmendement"]), let number = string(record["num"]) {
                    numbersByID[id] = number
                }
            }
        }
        var unknownFates = 0
        for subdivision in subdivisions {
            let label = string(subdivision["libelle_subdivision"]) ?? ""
            for record in subdivision["Amendements"] as? [[String: Any]] ?? [] {
                guard let number = string(record["num"]) else {
                    result.warn("an amendment of \(label) without \"num\", skipped")
                    continue
                }
                var target = AmendmentTarget(label: label)
                if let alinea = string(record["libelleAlinea"]) {
                    target.setAlinea(alinea)
                }
                var fateText = string(record["sort"])
                if fateText == nil, string(record["isAdopte"]) == "true" { fateText = "Adopté" }
                if fateText == nil, string(record["isRejete"]) == "true" { fateText = "Rejeté" }
                if fateText == nil { unknownFates += 1 }
                let parentID = string(record["idAmendementPere"]).flatMap { $0 == "0" ? nil : $0 }
                let parent = parentID.map { numbersByID[$0] ?? $0 }
                if let parentID, numbersByID[parentID] == nil {
                    result.warn("amendement \(number): parent id \(parentID) is not in the list")
                }
                let commission = number.uppercased().hasPrefix("COM")
                let author = string(record["auteur"])
                let url = string(record["urlAmdt"]).flatMap { relative -> String? in
                    guard let session, let bill else { return nil }
                    return
                        "https://www.senat.fr/amendements/\(commission ? "commissions/" : "")\(session)/\(bill)/\(relative)"
                }
                result.amendments.append(
                    Amendment(
                        number: number, chamber: .senat,
                        text: AmendedText(
                            bill: bill, stage: commission ? .commission : .seance, reading: string(info["lecture"]),
                            title: string(info["intituleLoi"]), legislature: session),
                        authors: author.map { AuthorList.split($0).names } ?? [], authorsText: author, target: target,
                        fateText: fateText, parent: parent, url: url))
            }
        }
        if unknownFates > 0 {
            result.note("\(unknownFates) amendments have no sort yet (isAdopte and isRejete both false): fate unknown")
        }
        result.note("a discussion list gives no dispositif, exposé or date")
        return result
    }

    /// JSON strings, and numbers written as such, as strings; empty ones as nil.
    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text.trimmingSpaces().isEmpty ? nil : text.trimmingSpaces()
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}
