import Foundation
import NavetteCore

/// Reads La Fabrique de la loi's layout: a dossier directory (`viz/procedure.json` listing the steps,
/// `procedure/NN_step/texte/texte.json` holding each reading) or one `texte.json`.
public enum LaFabriqueReader {
    /// Reads one `texte.json` as a reading.
    public static func read(_ bytes: [UInt8], file: String) throws -> Reading {
        let object = try JSONFile.object(bytes, file: file)
        guard let list = object["articles"] as? [[String: Any]] else {
            throw ReadError(file: file, "JSON without an \"articles\" list, expected a La Fabrique texte.json")
        }
        var reading = Reading(
            id: (object["id"] as? String) ?? "", title: object["titre"] as? String, source: object["source"] as? String)
        let entries = list.enumerated().sorted { lhs, rhs in
            let l = lhs.element["order"] as? Int ?? lhs.offset
            let r = rhs.element["order"] as? Int ?? rhs.offset
            return l == r ? lhs.offset < rhs.offset : l < r
        }.map(\.element)
        var articleSections: [String?] = []
        for entry in entries {
            guard let article = article(entry, file: file, diagnostics: &reading.diagnostics) else { continue }
            reading.articles.append(article)
            articleSections.append(entry["section"] as? String)
        }
        let outline = SectionOutline(
            sections: object["sections"] as? [[String: Any]] ?? [], articleSections: articleSections)
        reading.divisions = outline.divisions
        for index in reading.articles.indices { reading.articles[index].division = outline.articleDivision[index] }
        return reading
    }

    /// Reads a dossier directory: every step of `procedure.json` that has a text, in order.
    public static func readDossier(directory: String) throws -> Dossier {
        let procedurePath = directory + "/viz/procedure.json"
        let procedure = try JSONFile.object(DocumentLoader.readBytes(procedurePath), file: procedurePath)
        guard let steps = procedure["steps"] as? [[String: Any]] else {
            throw ReadError(file: procedurePath, "no \"steps\" list, expected La Fabrique's procedure.json")
        }
        var dossier = Dossier(
            id: (procedure["senat_id"] as? String) ?? (directory as NSString).lastPathComponent,
            title: (procedure["short_title"] as? String) ?? (procedure["long_title"] as? String))
        dossier.urls = ["url_dossier_assemblee", "url_dossier_senat", "url_jo"].compactMap { procedure[$0] as? String }
        if let table = procedure["table_concordance"] as? [String: String] {
            dossier.concordance = Dictionary(table.map { (ArticleNumber(label: $0.key).key, $0.value) }) { first, _ in
                first
            }
        }
        var held: [(step: [String: Any], name: String, path: String)] = []
        for step in steps {
            guard let name = step["directory"] as? String else { continue }
            // A step's directory is one name inside procedure/: never a path that climbs out of it.
            guard !name.isEmpty, !name.contains("/"), !name.contains("\0"), name != ".", name != ".." else {
                let message = "step directory '\(name.excerpt(60))' is not a plain name: skipped"
                dossier.diagnostics.append(Diagnostic(.warning, message, source: directory))
                continue
            }
            let textPath = "\(directory)/procedure/\(name)/texte/texte.json"
            guard FileManager.default.fileExists(atPath: textPath) else {
                if step["stage"] as? String != "promulgation", step["step"] != nil {
                    dossier.diagnostics.append(
                        Diagnostic(.note, "step \(name) has no text in the dossier", source: directory))
                }
                continue
            }
            held.append((step, name, textPath))
        }
        // The texts are read on every core; the first that fails, in the steps' order, is the error.
        let texts = held.map(\.path).concurrentMap { path in
            Result { try read(DocumentLoader.readBytes(path), file: path) }
        }
        for ((step, name, _), text) in zip(held, texts) {
            var reading = try text.get()
            reading.id = name
            reading.chamber = chamber(step["institution"] as? String)
            reading.stage = step["stage"] as? String
            reading.step = step["step"] as? String
            reading.date = step["date"] as? String
            reading.source = (step["source_url"] as? String) ?? reading.source
            if let failure = step["echec"] as? String, !failure.isEmpty {
                reading.diagnostics.append(Diagnostic(.note, "the step ended in failure: \(failure)", source: name))
            }
            if reading.articles.isEmpty {
                reading.diagnostics.append(Diagnostic(.note, "this reading holds no article", source: name))
            }
            dossier.readings.append(reading)
        }
        return dossier
    }

    static func chamber(_ institution: String?) -> Chamber {
        switch institution?.lowercased() {
        case "assemblee": .assemblee
        case "senat": .senat
        case "cmp": .cmp
        case "gouvernement": .gouvernement
        case "conseil constitutionnel": .conseilConstitutionnel
        case nil: .unknown
        default: .other
        }
    }

    private static func article(_ entry: [String: Any], file: String, diagnostics: inout [Diagnostic]) -> Article? {
        guard let label = (entry["titre"] as? String)?.trimmingCharacters(in: .whitespaces), !label.isEmpty else {
            diagnostics.append(Diagnostic(.warning, "an article without \"titre\" was skipped", source: file))
            return nil
        }
        let rawStatus = (entry["statut"] as? String) ?? "none"
        var flags: Set<ArticleFlag> = []
        var status = ArticleStatus.none
        if Folding.key(rawStatus) == "nouveau" {
            flags.insert(.nouveau)
        } else if let known = ArticleStatus(statusWord: rawStatus) {
            status = known
        } else {
            diagnostics.append(Diagnostic(.warning, "unknown status \"\(rawStatus)\"", source: file, article: label))
        }
        let alineas = (entry["alineas"] as? [String: String] ?? [:]).sorted { $0.key < $1.key }.map { Alinea($0.value) }
        return Article(label: label, flags: flags, status: status, alineas: alineas)
    }
}
