import NavetteCore

/// What an Akoma Ntoso document says about itself (FRBR identification).
public struct AkomaNtosoMetadata: Sendable, Hashable {
    /// `bill` or `act`.
    public var documentType: String
    /// The document's `name` attribute: `ddl`, `ScottishAct`, `publicLaw`.
    public var name: String?
    /// Namespace URI of the root element (3.0 final, or a draft such as `…/akn/3.0/CSD03`).
    public var namespace: String?
    /// `FRBRWork/FRBRuri` and `FRBRExpression/FRBRuri`.
    public var workURI: String?
    public var expressionURI: String?
    /// `FRBRWork/FRBRdate`: its date and what it is the date of (`presentazione`, `enacted`).
    public var date: String?
    public var dateName: String?
    public var country: String?
    public var language: String?
    public var subtype: String?
    public var number: String?
}

/// A reading and the metadata it came with.
public struct AkomaNtosoDocument: Sendable {
    public var reading: Reading
    public var metadata: AkomaNtosoMetadata
}

/// Reads Akoma Ntoso 3.0 `bill` and `act` documents, in any namespace prefix and any language.
///
/// The article unit is `article`, or `section` in documents that have no `article` (UK and US
/// acts). Containers around it (`part`, `title`, `chapter`, `book`, `hcontainer`…) become divisions.
/// Each `p` of an article is one alinéa; a numbered item (`paragraph`, `subsection`, `point`) puts its
/// `num` at the start of its first alinéa. Articles quoted inside a `mod` are text, not articles.
/// A body published as a side-by-side comparison table (Italian Senate "testo a fronte") is read
/// through `ComparisonTable`: the version text is its last column.
public enum AkomaNtosoReader {
    public static func read(_ bytes: [UInt8], file: String) throws -> Reading {
        try readDocument(bytes, file: file).reading
    }

    public static func readDocument(_ bytes: [UInt8], file: String) throws -> AkomaNtosoDocument {
        let page = try XMLParser.parseXMLNodes(bytes, file: file)
        let root = page.root
        guard page.name(root) == "akomaNtoso" else {
            throw ReadError(
                file: file, "not an Akoma Ntoso document: root element <\(page.name(root))>, expected <akomaNtoso>")
        }
        guard let document = page.firstChildElement(of: root) else {
            throw ReadError(file: file, "empty <akomaNtoso>, expected a <bill> or an <act> inside")
        }
        let kind = page.name(document)
        switch kind {
        case "bill", "act": break
        case "amendment", "amendmentList":
            throw ReadError(
                file: file,
                "an Akoma Ntoso <\(kind)>, expected a <bill> or an <act> (amendments are read apart)")
        default:
            throw ReadError(file: file, "an Akoma Ntoso <\(kind)>, expected a <bill> or an <act>")
        }
        guard
            let body = page.firstChild(of: document, named: "body") ?? page.firstChild(of: document, named: "mainBody")
        else {
            throw ReadError(file: file, "Akoma Ntoso <\(kind)> without <body>, expected articles in a body")
        }
        let markup = MarkupBlocks.Document(page, style: .akomaNtoso)
        let metadata = metadata(of: document, in: page)
        var reading = Reading(
            id: metadata.expressionURI ?? metadata.workURI ?? "", date: metadata.date,
            title: title(of: document, in: markup))
        if var walker = AkomaNtosoBody(body: body, in: markup) {
            walker.walk(body, depth: 0, division: nil)
            reading.divisions = walker.divisions
            reading.articles = walker.articles
            reading.diagnostics = walker.diagnostics
        } else if let rows = ComparisonTable.find(in: body, markup) {
            let version = ComparisonTable.read(rows)
            reading.divisions = version.divisions
            reading.articles = version.articles
            reading.diagnostics = version.diagnostics
        } else {
            reading.diagnostics.append(
                Diagnostic(.warning, "no <article> or <section> in the body, and no comparison table: no article read"))
        }
        for index in reading.diagnostics.indices where reading.diagnostics[index].source == nil {
            reading.diagnostics[index].source = file
        }
        return AkomaNtosoDocument(reading: reading, metadata: metadata)
    }

    private static func metadata(of document: Int, in page: NodeTable) -> AkomaNtosoMetadata {
        let identification = page.path(document, "meta", "identification")
        let work = page.firstChild(of: identification, named: "FRBRWork")
        let expression = page.firstChild(of: identification, named: "FRBRExpression")
        func value(_ element: Int?, _ name: String, _ attribute: String = "value") -> String? {
            guard let found = page.firstChild(of: element, named: name),
                let text = page.attribute(attribute, of: found), !text.isEmpty
            else { return nil }
            return text
        }
        return AkomaNtosoMetadata(
            documentType: page.name(document), name: page.attribute("name", of: document), namespace: page.namespace,
            workURI: value(work, "FRBRuri"), expressionURI: value(expression, "FRBRuri"),
            date: value(work, "FRBRdate", "date"), dateName: value(work, "FRBRdate", "name"),
            country: value(work, "FRBRcountry"), language: value(expression, "FRBRlanguage", "language"),
            subtype: value(work, "FRBRsubtype"), number: value(work, "FRBRnumber"))
    }

    /// The title printed on the cover page or preface: `docTitle`, else `shortTitle`, else `longTitle`.
    private static func title(of document: Int, in markup: MarkupBlocks.Document) -> String? {
        let page = markup.table
        let front = page.childElements(of: document).filter {
            page.name($0) == "coverPage" || page.name($0) == "preface"
        }
        for name in ["docTitle", "shortTitle", "longTitle"] {
            for element in front.flatMap({ page.descendants(of: $0, named: name) }) {
                let text = MarkupBlocks.inlineText(of: element, in: markup)
                if !text.isEmpty { return text }
            }
        }
        return nil
    }
}
