import NavetteCore

/// A LEGI/JORF `ARTICLE`: one article with its place in the text (`CONTEXTE`).
enum LegiArticle {
    static func read(_ root: XMLElement, file: String) throws -> LegiDocument {
        var metadata = LegiReader.commonMetadata(root)
        let meta = root.path("META", "META_SPEC", "META_ARTICLE")
        let texte = root.path("CONTEXTE", "TEXTE")
        metadata.number = LegiReader.text(meta?.first("NUM"))
        metadata.etat = LegiReader.text(meta?.first("ETAT"))
        metadata.dateDebut = LegiReader.date(meta?.first("DATE_DEBUT"))
        metadata.dateFin = LegiReader.date(meta?.first("DATE_FIN"))
        metadata.cid = metadata.cid ?? texte?["cid"].flatMap { $0.isEmpty ? nil : $0 }
        metadata.nor = metadata.nor ?? texte?["nor"].flatMap { $0.isEmpty ? nil : $0 }
        metadata.datePubli = metadata.datePubli ?? LegiReader.date(texte?["date_publi"])
        metadata.dateTexte = metadata.dateTexte ?? LegiReader.date(texte?["date_signature"])
        metadata.title = LegiReader.text(texte?.first("TITRE_TXT"))

        var reading = Reading(id: metadata.id ?? "", date: metadata.dateDebut, title: metadata.title)
        reading.divisions = LegiStructure.contextDivisions(root)
        guard let label = metadata.number else {
            throw ReadError(file: file, "LEGI ARTICLE without META_ARTICLE/NUM, expected the article's number")
        }
        var article = Article(label: label, division: reading.divisions.indices.last)
        if let contenu = root.path("BLOC_TEXTUEL", "CONTENU") {
            article.alineas = try alineas(of: contenu, file: file).map { Alinea($0) }
        }
        if article.alineas.isEmpty {
            reading.diagnostics.append(
                Diagnostic(.warning, "article without text (empty BLOC_TEXTUEL/CONTENU)", article: label))
        }
        if let state = LegiState.diagnostic(
            metadata.etat, debut: metadata.dateDebut, fin: metadata.dateFin, what: "this version", article: label)
        {
            reading.diagnostics.append(state)
        }
        if let nota = root.path("NOTA", "CONTENU") {
            let text = try alineas(of: nota, file: file).joined(separator: " ")
            if !text.isEmpty { reading.diagnostics.append(Diagnostic(.note, "NOTA: \(text)", article: label)) }
        }
        reading.articles = [article]
        return LegiDocument(reading: reading, metadata: metadata)
    }

    /// The alinéas of a `CONTENU`: its HTML is either child elements or escaped text (`&lt;p&gt;`),
    /// which is parsed with the (safe) HTML parser.
    static func alineas(of contenu: XMLElement, file: String) throws -> [String] {
        let hasElements = contenu.children.contains { if case .element = $0 { true } else { false } }
        let text = hasElements ? "" : contenu.text
        if !hasElements, text.contains("<") {
            let html = try XMLParser.parseHTML(text: text, file: file)
            return MarkupBlocks.alineas(of: html, style: .html)
        }
        return MarkupBlocks.alineas(of: contenu, style: .html)
    }
}
