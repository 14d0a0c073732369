import NavetteCore

/// The LEGI files that describe structure rather than text: `SECTION_TA`, `TEXTELR`, and the
/// `CONTEXTE` hierarchy every article and section carries.
enum LegiStructure {
    /// `SECTION_TA`: the section's place (`CONTEXTE`), its title, and the articles it links to.
    static func readSection(_ root: XMLElement) -> LegiDocument {
        let texte = root.path("CONTEXTE", "TEXTE")
        var metadata = LegiMetadata(kind: root.name, id: LegiReader.text(root.first("ID")))
        metadata.cid = texte?["cid"].flatMap { $0.isEmpty ? nil : $0 }
        metadata.nature = texte?["nature"].flatMap { $0.isEmpty ? nil : $0 }
        metadata.title = LegiReader.text(texte?.first("TITRE_TXT"))
        var reading = Reading(id: metadata.id ?? "", title: metadata.title)
        reading.divisions = contextDivisions(root)
        if let title = LegiReader.text(root.first("TITRE_TA")) {
            reading.divisions.append(division(title, depth: reading.divisions.count, firstArticle: 0))
        }
        let links = root.first("STRUCTURE_TA")?.elements("LIEN_ART") ?? []
        (reading.articles, reading.diagnostics) = articles(linkedBy: links, division: reading.divisions.indices.last)
        return LegiDocument(reading: reading, metadata: metadata)
    }

    /// `TEXTELR`: the sections of a text (`LIEN_SECTION_TA`, nested by `niv`) and its top-level
    /// articles (`LIEN_ART`), all without text.
    static func readStructure(_ root: XMLElement) -> LegiDocument {
        var metadata = LegiReader.commonMetadata(root)
        let version = root.path("VERSIONS", "VERSION")
        metadata.etat = version?["etat"]
        metadata.dateDebut = LegiReader.date(version?.first("LIEN_TXT")?["debut"])
        metadata.dateFin = LegiReader.date(version?.first("LIEN_TXT")?["fin"])
        var reading = Reading(
            id: metadata.id ?? "", date: metadata.dateTexte ?? metadata.datePubli ?? metadata.dateDebut)
        var links: [XMLElement] = []
        var dropped: [String] = []
        for entry in root.first("STRUCT")?.elements ?? [] {
            switch entry.name {
            case "LIEN_ART": links.append(entry)
            case "LIEN_SECTION_TA":
                guard let title = LegiReader.text(entry) else { continue }
                if let etat = entry["etat"], !LegiState.inForce.contains(etat), etat != "VIGUEUR_DIFF" {
                    dropped.append("\(title) (\(etat)\(LegiReader.date(entry["fin"]).map { " on \($0)" } ?? ""))")
                    continue
                }
                let depth = max(0, (Int(entry["niv"] ?? "") ?? 1) - 1)
                reading.divisions.append(division(title, depth: depth, firstArticle: 0))
            default: continue
            }
        }
        (reading.articles, reading.diagnostics) = articles(linkedBy: links, division: nil)
        reading.diagnostics.insert(
            Diagnostic(
                .note,
                "TEXTELR holds the structure of the text: \(reading.divisions.count) sections in force; their articles are in SECTION_TA and ARTICLE files"
            ), at: 0)
        if !dropped.isEmpty {
            reading.diagnostics.append(
                Diagnostic(.note, "sections no longer in force left out: \(dropped.joined(separator: "; "))"))
        }
        return LegiDocument(reading: reading, metadata: metadata)
    }

    /// `CONTEXTE/TEXTE/TM/TITRE_TM…`: the nested headings above an article or a section.
    static func contextDivisions(_ root: XMLElement) -> [Division] {
        var divisions: [Division] = []
        var level = root.path("CONTEXTE", "TEXTE")?.first("TM")
        while let current = level {
            if let title = LegiReader.text(current.first("TITRE_TM")) {
                divisions.append(division(title, depth: divisions.count, firstArticle: 0))
            }
            level = current.first("TM")
        }
        return divisions
    }

    /// `Chapitre I : Monnaies et médailles` -> a chapitre labelled `Chapitre I`, headed `Monnaies et médailles`.
    static func division(_ title: String, depth: Int, firstArticle: Int) -> Division {
        var label = title
        var heading: String? = nil
        if let colon = title.firstIndex(of: ":") {
            label = String(title[..<colon]).trimmingSpaces()
            heading = String(title[title.index(after: colon)...]).trimmingSpaces()
            if heading?.isEmpty == true { heading = nil }
        }
        let first = Folding.key(String(label.split(separator: " ").first ?? ""))
        return Division(
            kind: Division.Kind(rawValue: first) ?? .other, label: label, heading: heading, depth: depth,
            firstArticle: firstArticle)
    }

    /// One article per number among `LIEN_ART` links (which list every version), with the version in
    /// force chosen; diagnostics name the versions set aside and say that the text is elsewhere.
    static func articles(linkedBy links: [XMLElement], division: Int?) -> ([Article], [Diagnostic]) {
        var order: [String] = []
        var versions: [String: [XMLElement]] = [:]
        for link in links {
            let number = link["num"].flatMap { $0.isEmpty ? nil : $0 } ?? link["id"] ?? "?"
            if versions[number] == nil { order.append(number) }
            versions[number, default: []].append(link)
        }
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        for number in order {
            let all = versions[number] ?? []
            let chosen =
                all.first { LegiState.inForce.contains($0["etat"] ?? "") }
                ?? all.first { $0["etat"] == "VIGUEUR_DIFF" }
                ?? all.max { ($0["debut"] ?? "") < ($1["debut"] ?? "") }
            guard let chosen else { continue }
            let etat = chosen["etat"]
            let debut = LegiReader.date(chosen["debut"])
            if let etat, etat != "VIGUEUR_DIFF", etat != "MODIFIE", !LegiState.inForce.contains(etat) {
                let fin = LegiReader.date(chosen["fin"]).map { " on \($0)" } ?? ""
                diagnostics.append(
                    Diagnostic(.note, "no version in force (latest: \(etat)\(fin)), left out", article: number))
                continue
            }
            if all.count > 1 {
                diagnostics.append(
                    Diagnostic(
                        .note,
                        "\(all.count) versions listed, kept \(chosen["id"] ?? "?") (\(etat ?? "no ETAT")\(debut.map { " from \($0)" } ?? ""))",
                        article: number))
            } else if let state = LegiState.diagnostic(
                etat, debut: debut, fin: LegiReader.date(chosen["fin"]), what: "the listed version", article: number)
            {
                diagnostics.append(state)
            }
            articles.append(Article(label: number, division: division))
        }
        if !articles.isEmpty {
            diagnostics.insert(
                Diagnostic(
                    .warning,
                    "articles listed without their text (links to ARTICLE files): \(articles.map(\.label).joined(separator: ", "))"
                ), at: 0)
        }
        return (articles, diagnostics)
    }
}
