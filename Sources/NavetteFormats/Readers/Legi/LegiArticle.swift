import NavetteCore

/// A LEGI/JORF `ARTICLE`: one article with its place in the text (`CONTEXTE`).
enum LegiArticle {
    static func read(_ page: NodeTable, file: String) throws -> LegiDocument {
        let root = page.root
        var metadata = LegiReader.commonMetadata(page)
        let meta = page.path(root, "META", "META_SPEC", "META_ARTICLE")
        let texte = page.path(root, "CONTEXTE", "TEXTE")
        func field(_ parent: Int?, _ name: String) -> String? {
            LegiReader.text(page.firstChild(of: parent, named: name), page)
        }
        func attribute(_ name: String) -> String? {
            texte.flatMap { page.attribute(name, of: $0) }
        }
        metadata.number = field(meta, "NUM")
        metadata.etat = field(meta, "ETAT")
        metadata.dateDebut = LegiReader.date(field(meta, "DATE_DEBUT"))
        metadata.dateFin = LegiReader.date(field(meta, "DATE_FIN"))
        metadata.cid = metadata.cid ?? attribute("cid").flatMap { $0.isEmpty ? nil : $0 }
        metadata.nor = metadata.nor ?? attribute("nor").flatMap { $0.isEmpty ? nil : $0 }
        metadata.datePubli = metadata.datePubli ?? LegiReader.date(attribute("date_publi"))
        metadata.dateTexte = metadata.dateTexte ?? LegiReader.date(attribute("date_signature"))
        metadata.title = field(texte, "TITRE_TXT")

        var reading = Reading(id: metadata.id ?? "", date: metadata.dateDebut, title: metadata.title)
        reading.divisions = LegiStructure.contextDivisions(page)
        guard let label = metadata.number else {
            throw ReadError(file: file, "LEGI ARTICLE without META_ARTICLE/NUM, expected the article's number")
        }
        var article = Article(label: label, division: reading.divisions.indices.last)
        if let contenu = page.path(root, "BLOC_TEXTUEL", "CONTENU") {
            article.alineas = try alineas(of: contenu, in: page, file: file).map { Alinea($0) }
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
        if let nota = page.path(root, "NOTA", "CONTENU") {
            let text = try alineas(of: nota, in: page, file: file).joined(separator: " ")
            if !text.isEmpty { reading.diagnostics.append(Diagnostic(.note, "NOTA: \(text)", article: label)) }
        }
        reading.articles = [article]
        return LegiDocument(reading: reading, metadata: metadata)
    }

    /// The alinéas of a `CONTENU`: its HTML is either child elements or escaped text (`&lt;p&gt;`),
    /// which is parsed with the (safe) HTML parser.
    static func alineas(of contenu: Int, in page: NodeTable, file: String) throws -> [String] {
        let hasElements = page.hasChildElement(contenu)
        let text = hasElements ? "" : page.text(of: contenu)
        if !hasElements, text.contains("<") {
            let html = try XMLParser.parseHTMLNodes(text: text, file: file)
            return MarkupBlocks.alineas(of: html.root, in: MarkupBlocks.Document(html, style: .html))
        }
        return MarkupBlocks.alineas(of: contenu, in: MarkupBlocks.Document(page, style: .html))
    }
}
