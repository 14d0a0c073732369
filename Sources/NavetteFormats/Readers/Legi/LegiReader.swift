import NavetteCore

/// What a LEGI/JORF file says about itself. Dates are ISO `yyyy-mm-dd`; DILA's `2999-01-01`
/// ("no date", "no end") is given as nil.
public struct LegiMetadata: Sendable, Hashable {
    /// The root element: `ARTICLE`, `SECTION_TA`, `TEXTELR` or `TEXTE_VERSION`.
    public var kind: String
    /// `META_COMMUN/ID` (or the section's `ID`): `LEGIARTI…`, `LEGISCTA…`, `LEGITEXT…`, `JORFTEXT…`.
    public var id: String?
    /// The text the file belongs to: `META_TEXTE_CHRONICLE/CID` or `CONTEXTE/TEXTE@cid`.
    public var cid: String?
    public var nor: String?
    /// `META_COMMUN/NATURE` (`Article`, `CODE`, `LOI`…) or `CONTEXTE/TEXTE@nature`.
    public var nature: String?
    /// The legal state of the version: `VIGUEUR`, `ABROGE`, `MODIFIE`…
    public var etat: String?
    /// `META_ARTICLE/NUM` for an article.
    public var number: String?
    public var dateDebut: String?
    public var dateFin: String?
    public var datePubli: String?
    public var dateTexte: String?
    /// `TITREFULL`, or the text's `TITRE_TXT`.
    public var title: String?
}

/// A reading and the metadata it came with.
public struct LegiDocument: Sendable {
    public var reading: Reading
    public var metadata: LegiMetadata
}

/// Reads DILA's Légifrance XML (LEGI and JORF share the element set).
///
/// - `ARTICLE`: one article: `META_ARTICLE/NUM` is its label, `BLOC_TEXTUEL/CONTENU` (HTML, as child
///   elements or escaped text) gives one alinéa per `<p>` or `<br/>`, `CONTEXTE` the divisions.
/// - `SECTION_TA`: the articles a section lists (`STRUCTURE_TA/LIEN_ART`), without their text.
/// - `TEXTELR`: the structure of a text (sections, top-level articles), without text.
/// - `TEXTE_VERSION`: the text's metadata (CID, NOR, dates, `TITREFULL`) and no article.
///
/// `ETAT` is a legal state, not a navette status, so `Article.status` stays `.none`: a version that
/// is not in force (`ABROGE`, `MODIFIE`, `ANNULE`…) keeps its text and gets a diagnostic saying so
/// (see `LegiState`). Lists (`SECTION_TA`, `TEXTELR`) show the text as in force: of the versions of
/// one article number the one in force is kept, abrogated entries are left out, and both are named
/// in diagnostics.
public enum LegiReader {
    public static func read(_ bytes: [UInt8], file: String) throws -> Reading {
        try readDocument(bytes, file: file).reading
    }

    public static func readDocument(_ bytes: [UInt8], file: String) throws -> LegiDocument {
        let page = try XMLParser.parseXMLNodes(bytes, file: file)
        var document: LegiDocument
        switch page.name(page.root) {
        case "ARTICLE": document = try LegiArticle.read(page, file: file)
        case "SECTION_TA": document = LegiStructure.readSection(page)
        case "TEXTELR": document = LegiStructure.readStructure(page)
        case "TEXTE_VERSION": document = readVersion(page)
        default:
            throw ReadError(
                file: file,
                "not a LEGI/JORF document: root element <\(page.name(page.root))>, expected ARTICLE, SECTION_TA, TEXTELR or TEXTE_VERSION"
            )
        }
        for index in document.reading.diagnostics.indices where document.reading.diagnostics[index].source == nil {
            document.reading.diagnostics[index].source = file
        }
        return document
    }

    /// `TEXTE_VERSION`: metadata only.
    static func readVersion(_ page: NodeTable) -> LegiDocument {
        var metadata = commonMetadata(page)
        let version = page.path(page.root, "META", "META_SPEC", "META_TEXTE_VERSION")
        func field(_ name: String) -> String? { text(page.firstChild(of: version, named: name), page) }
        metadata.title = field("TITREFULL") ?? field("TITRE")
        metadata.etat = field("ETAT")
        metadata.dateDebut = date(field("DATE_DEBUT"))
        metadata.dateFin = date(field("DATE_FIN"))
        var reading = Reading(
            id: metadata.id ?? "", date: metadata.dateTexte ?? metadata.datePubli ?? metadata.dateDebut,
            title: metadata.title)
        reading.diagnostics.append(
            Diagnostic(
                .note, "TEXTE_VERSION holds the metadata of the text, no article (articles are in ARTICLE files)"))
        if let state = LegiState.diagnostic(
            metadata.etat, debut: metadata.dateDebut, fin: metadata.dateFin, what: "this text")
        {
            reading.diagnostics.append(state)
        }
        return LegiDocument(reading: reading, metadata: metadata)
    }

    /// `META_COMMUN` and `META_TEXTE_CHRONICLE`, shared by every root that has a `META`.
    static func commonMetadata(_ page: NodeTable) -> LegiMetadata {
        let root = page.root
        let common = page.path(root, "META", "META_COMMUN")
        let chronicle = page.path(root, "META", "META_SPEC", "META_TEXTE_CHRONICLE")
        func field(_ parent: Int?, _ name: String) -> String? { text(page.firstChild(of: parent, named: name), page) }
        return LegiMetadata(
            kind: page.name(root), id: field(common, "ID") ?? field(root, "ID"),
            cid: field(chronicle, "CID"), nor: field(chronicle, "NOR"), nature: field(common, "NATURE"),
            datePubli: date(field(chronicle, "DATE_PUBLI")), dateTexte: date(field(chronicle, "DATE_TEXTE")))
    }

    /// The trimmed text of an element of `page`, nil when absent or empty.
    static func text(_ element: Int?, _ page: NodeTable) -> String? {
        guard let element else { return nil }
        let text = TextAccumulator.collapse(element, in: page)
        return text.isEmpty ? nil : text
    }

    static func date(_ value: String?) -> String? {
        guard let value, !value.isEmpty, !value.hasPrefix("2999") else { return nil }
        return value
    }
}
