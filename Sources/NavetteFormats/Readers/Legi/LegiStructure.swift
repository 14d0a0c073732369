import NavetteCore

/// The LEGI files that describe structure rather than text: `SECTION_TA`, `TEXTELR`, and the
/// `CONTEXTE` hierarchy every article and section carries.
enum LegiStructure {
    /// `SECTION_TA`: the section's place (`CONTEXTE`), its title, and the articles it links to.
    static func readSection(_ page: NodeTable) -> LegiDocument {
        let root = page.root
        let texte = page.path(root, "CONTEXTE", "TEXTE")
        func field(_ parent: Int?, _ name: String) -> String? {
            LegiReader.text(page.firstChild(of: parent, named: name), page)
        }
        func attribute(_ name: String) -> String? {
            texte.flatMap { page.attribute(name, of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var metadata = LegiMetadata(kind: page.name(root), id: field(root, "ID"))
        metadata.cid = attribute("cid")
        metadata.nature = attribute("nature")
        metadata.title = field(texte, "TITRE_TXT")
        var reading = Reading(id: metadata.id ?? "", title: metadata.title)
        reading.divisions = contextDivisions(page)
        if let title = field(root, "TITRE_TA") {
            reading.divisions.append(division(title, depth: reading.divisions.count, firstArticle: 0))
        }
        let links = page.firstChild(of: root, named: "STRUCTURE_TA").map {
            page.childElements(of: $0, named: "LIEN_ART")
        }
        (reading.articles, reading.diagnostics) = articles(
            linkedBy: links ?? [], in: page, division: reading.divisions.indices.last)
        return LegiDocument(reading: reading, metadata: metadata)
    }

    /// `TEXTELR`: the sections of a text (`LIEN_SECTION_TA`, nested by `niv`) and its top-level
    /// articles (`LIEN_ART`), all without text.
    static func readStructure(_ page: NodeTable) -> LegiDocument {
        var metadata = LegiReader.commonMetadata(page)
        let version = page.path(page.root, "VERSIONS", "VERSION")
        let link = page.firstChild(of: version, named: "LIEN_TXT")
        metadata.etat = version.flatMap { page.attribute("etat", of: $0) }
        metadata.dateDebut = LegiReader.date(link.flatMap { page.attribute("debut", of: $0) })
        metadata.dateFin = LegiReader.date(link.flatMap { page.attribute("fin", of: $0) })
        var reading = Reading(
            id: metadata.id ?? "", date: metadata.dateTexte ?? metadata.datePubli ?? metadata.dateDebut)
        var links: [Int] = []
        var dropped: [String] = []
        let entries = page.firstChild(of: page.root, named: "STRUCT").map { page.childElements(of: $0) } ?? []
        for entry in entries {
            func attribute(_ name: String) -> String? { page.attribute(name, of: entry) }
            switch page.name(entry) {
            case "LIEN_ART": links.append(entry)
            case "LIEN_SECTION_TA":
                guard let title = LegiReader.text(entry, page) else { continue }
                if let etat = attribute("etat"), !LegiState.inForce.contains(etat), etat != "VIGUEUR_DIFF" {
                    dropped.append("\(title) (\(etat)\(LegiReader.date(attribute("fin")).map { " on \($0)" } ?? ""))")
                    continue
                }
                let depth = max(0, (Int(attribute("niv") ?? "") ?? 1) - 1)
                reading.divisions.append(division(title, depth: depth, firstArticle: 0))
            default: continue
            }
        }
        (reading.articles, reading.diagnostics) = articles(linkedBy: links, in: page, division: nil)
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
    static func contextDivisions(_ page: NodeTable) -> [Division] {
        var divisions: [Division] = []
        var level = page.path(page.root, "CONTEXTE", "TEXTE", "TM")
        while let current = level {
            if let title = LegiReader.text(page.firstChild(of: current, named: "TITRE_TM"), page) {
                divisions.append(division(title, depth: divisions.count, firstArticle: 0))
            }
            level = page.firstChild(of: current, named: "TM")
        }
        return divisions
    }

    /// `Chapitre I : Monnaies et médailles` -> a chapitre labelled `Chapitre I`, headed `Monnaies et médailles`.
    static func division(_ title: String, depth: Int, firstArticle: Int) -> Division {
        var label = title
        var heading: String? = nil
        if let colon = ASCIISearch.firstRange(of: ":", in: title)?.lowerBound {
            label = String(title[..<colon]).trimmingSpaces()
            heading = String(title[title.index(after: colon)...]).trimmingSpaces()
            if heading?.isEmpty == true { heading = nil }
        }
        // The first word (what `split(separator: " ").first` gives), without splitting the whole title.
        let first = Folding.key(String(label.drop { $0 == " " }.prefix { $0 != " " }))
        return Division(
            kind: Division.Kind(rawValue: first) ?? .other, label: label, heading: heading, depth: depth,
            firstArticle: firstArticle)
    }

    /// One article per number among `LIEN_ART` links (which list every version), with the version in
    /// force chosen; diagnostics name the versions set aside and say that the text is elsewhere.
    static func articles(linkedBy elements: [Int], in page: NodeTable, division: Int?) -> ([Article], [Diagnostic]) {
        var order: [String] = []
        var versions: [String: [Link]] = [:]
        for element in elements {
            let link = Link(page, element)
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

    /// A `LIEN_ART` element, read by attribute.
    private struct Link {
        let page: NodeTable
        let element: Int

        init(_ page: NodeTable, _ element: Int) {
            self.page = page
            self.element = element
        }

        subscript(name: String) -> String? { page.attribute(name, of: element) }
    }
}
