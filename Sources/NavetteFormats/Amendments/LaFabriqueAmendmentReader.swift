import Foundation
import NavetteCore

/// La Fabrique de la loi's `viz/amendements_<step>.json`: `sujets` keyed by the place in the text
/// (`Article 10`, `Après l'article 10`, `Titre`), each with `amendements[]` of `numero`, `aut`
/// (first author, `…` when there are more), `groupe` (acronym), `date`, `sort` (`adopté`, `rejeté`,
/// `non-voté`), `id_api` (NosDéputés/NosSénateurs API id).
enum LaFabriqueAmendmentReader {
    static func read(_ bytes: [UInt8], file: String) throws -> AmendmentFile {
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw ReadError(file: file, "malformed JSON, expected a La Fabrique amendements_*.json object")
        }
        guard let subjects = root["sujets"] as? [String: Any] else {
            throw ReadError(file: file, "no \"sujets\" object, expected a La Fabrique amendements_*.json")
        }
        var result = AmendmentFile(file: file, format: .laFabrique)
        let step = SenatDiscussionReader.string(root["id_step"])
        // "02_1erelecture_senat_hemicycle": order, stage, chamber, step.
        let stepParts = step?.split(separator: "_").map(String.init) ?? []
        let chamber: Chamber =
            stepParts.contains("senat") ? .senat : (stepParts.contains("assemblee") ? .assemblee : .unknown)
        let stage: AmendedText.Stage? =
            stepParts.contains("hemicycle") ? .seance : (stepParts.contains("commission") ? .commission : nil)
        let apiRoot = SenatDiscussionReader.string(root["api_root_url"])
        var ordered: [(order: Int, key: String, subject: [String: Any])] = []
        for (key, value) in subjects {
            guard let subject = value as? [String: Any] else { continue }
            ordered.append(((subject["order"] as? NSNumber)?.intValue ?? Int.max, key, subject))
        }
        ordered.sort { ($0.order, $0.key) < ($1.order, $1.key) }
        var abbreviated = 0
        var notVoted = 0
        for (_, key, subject) in ordered {
            let label = SenatDiscussionReader.string(subject["titre"]) ?? key
            var target = AmendmentTarget(label: label)
            if let details = SenatDiscussionReader.string(subject["details"]),
                Folding.key(details).hasPrefix("division additionnelle")
            {
                target.kind = .division
            }
            if target.kind == .article, target.article == nil {
                result.warn("subject '\(key)' names no article number")
            }
            for record in subject["amendements"] as? [[String: Any]] ?? [] {
                guard let number = SenatDiscussionReader.string(record["numero"]) else {
                    result.warn("an amendment of '\(key)' without numero, skipped")
                    continue
                }
                var author = SenatDiscussionReader.string(record["aut"])
                if let printed = author, printed.hasSuffix("…") {
                    abbreviated += 1
                    author = String(printed.dropLast()).trimmed(" ,")
                }
                let group = SenatDiscussionReader.string(record["groupe"]).flatMap { $0 == "Inconnu" ? nil : $0 }
                let sort = SenatDiscussionReader.string(record["sort"])
                if sort == "non-voté" { notVoted += 1 }
                let id = SenatDiscussionReader.string(record["id_api"])
                result.amendments.append(
                    Amendment(
                        number: number, chamber: chamber,
                        text: AmendedText(stage: stage, reading: stepParts.dropFirst().first),
                        authors: author.map { AuthorList.split($0).names } ?? [],
                        authorsText: SenatDiscussionReader.string(record["aut"]),
                        group: group, date: SourceDate.iso(SenatDiscussionReader.string(record["date"])),
                        target: target,
                        fateText: sort, url: id.flatMap { id in apiRoot.map { $0 + id } }))
            }
        }
        if abbreviated > 0 { result.note("\(abbreviated) author lists are abbreviated with '…' (first author only)") }
        if notVoted > 0 {
            result.note(
                "\(notVoted) amendments are 'non-voté' (withdrawn, fallen, not moved or inadmissible; La Fabrique does not say which): fate unknown"
            )
        }
        result.note("La Fabrique amendment lists give no dispositif or exposé")
        return result
    }
}
