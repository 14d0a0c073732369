import NavetteCore

/// Walks an Akoma Ntoso body: containers become divisions, article units become articles.
struct AkomaNtosoBody {
    let markup: MarkupBlocks.Document
    /// `article`, or `section` in a document without articles.
    let unit: String
    private let unitID: Int
    /// What each of the document's names is to the walk, by interned name.
    private let kinds: [Kind]
    /// `num`, `heading`, `subheading`: read apart, left out of an article's alinéas.
    private let labels: [Int]
    /// By interned name: true for the names in `quoted`.
    private let isQuoted: [Bool]
    private(set) var divisions: [Division] = []
    private(set) var articles: [Article] = []
    private(set) var diagnostics: [Diagnostic] = []

    private enum Kind {
        case other, container, label
    }

    /// Hierarchical containers above articles.
    static let containers: Set<String> = [
        "book", "tome", "part", "subpart", "title", "subtitle", "chapter", "subchapter", "section", "subsection",
        "division", "subdivision", "hcontainer", "level",
    ]
    /// Elements whose content is quoted text (an article quoted by a `mod` is not an article of the bill).
    static let quoted: Set<String> = ["mod", "quotedStructure", "quotedText", "embeddedStructure", "authorialNote"]

    /// The walker of `body`'s articles, nil when the body has neither `article` nor `section`.
    init?(body: Int, in markup: MarkupBlocks.Document) {
        let table = markup.table
        let isQuoted = AkomaNtosoBody.flags(AkomaNtosoBody.quoted, in: table)
        guard let unit = ["article", "section"].first(where: { AkomaNtosoBody.contains(body, $0, table, isQuoted) }),
            let unitID = table.nameID(unit)
        else { return nil }
        self.markup = markup
        self.isQuoted = isQuoted
        self.unit = unit
        self.unitID = unitID
        labels = markup.ids(["num", "heading", "subheading"])
        var kinds = [Kind](repeating: .other, count: table.names.count)
        for id in labels { kinds[id] = .label }
        for (id, isContainer) in AkomaNtosoBody.flags(AkomaNtosoBody.containers, in: table).enumerated()
        where isContainer {
            kinds[id] = .container
        }
        self.kinds = kinds
    }

    /// By interned name: true for the names in `set` (only the set's names are looked up).
    private static func flags(_ set: Set<String>, in table: NodeTable) -> [Bool] {
        var flags = [Bool](repeating: false, count: table.names.count)
        for name in set {
            if let id = table.nameID(name) { flags[id] = true }
        }
        return flags
    }

    /// True when `element` holds an element named `name` outside quoted structures.
    private static func contains(_ element: Int, _ name: String, _ table: NodeTable, _ quoted: [Bool]) -> Bool {
        guard let id = table.nameID(name) else { return false }
        return contains(element, id, table, quoted)
    }

    private static func contains(_ element: Int, _ id: Int, _ table: NodeTable, _ quoted: [Bool]) -> Bool {
        // Document order, stepping over quoted subtrees: the depth-first search, without recursion.
        var node = element + 1
        while node < table.end(element) {
            let name = table.nameIndex(of: node)
            if name < 0 {
                node += 1
            } else if quoted[name] {
                node = table.end(node)
            } else if name == id {
                return true
            } else {
                node += 1
            }
        }
        return false
    }

    mutating func walk(_ element: Int, depth: Int, division: Int?) {
        let table = markup.table
        for child in table.childElements(of: element) {
            let name = table.nameIndex(of: child)
            if name == unitID {
                readArticle(child, division: division)
            } else if kinds[name] == .container {
                guard holdsUnit(child) else {
                    noteUnread(child, why: "holds no <\(unit)>")
                    continue
                }
                divisions.append(makeDivision(for: child, depth: depth))
                walk(child, depth: depth + 1, division: divisions.count - 1)
            } else if kinds[name] != .label {
                noteUnread(child, why: "is outside any <\(unit)>")
            }
        }
    }

    private func holdsUnit(_ element: Int) -> Bool {
        AkomaNtosoBody.contains(element, unitID, markup.table, isQuoted)
    }

    /// The text of `element`'s first child named `name`, on one line.
    private func childText(_ element: Int, _ name: String) -> String? {
        markup.table.firstChild(of: element, named: name).map { MarkupBlocks.inlineText(of: $0, in: markup) }
    }

    private func makeDivision(for element: Int, depth: Int) -> Division {
        let num = childText(element, "num") ?? ""
        let heading = childText(element, "heading") ?? ""
        let name = markup.table.name(element)
        let kind: Division.Kind =
            switch name {
            case "book": .livre
            case "part": .partie
            case "title": .titre
            case "chapter": .chapitre
            case "section": .section
            case "subsection": .sousSection
            default: .other
            }
        let label =
            !num.isEmpty ? num : !heading.isEmpty ? heading : markup.table.attribute("name", of: element) ?? name
        return Division(
            kind: kind, label: label, heading: !num.isEmpty && !heading.isEmpty ? heading : nil, depth: depth,
            firstArticle: articles.count)
    }

    private mutating func readArticle(_ element: Int, division: Int?) {
        let number = childText(element, "num") ?? ""
        guard !number.isEmpty else {
            noteUnread(element, why: "has no <num>, so it is not an article")
            return
        }
        let (label, flags) = ArticleLabel.parse(number)
        var heading = childText(element, "heading")
        if heading?.isEmpty == true { heading = nil }
        var alineas = MarkupBlocks.alineas(of: element, in: markup, excluding: labels)
        var status = ArticleStatus.none
        if let heading, let said = AkomaNtosoBody.statusOnly(heading) {
            status = said
        } else if alineas.count == 1, let said = AkomaNtosoBody.statusOnly(alineas[0]) {
            status = said
            alineas = []
        }
        if alineas.isEmpty && status == .none {
            diagnostics.append(Diagnostic(.warning, "article without text", article: label))
        }
        articles.append(
            Article(
                label: label, flags: flags, status: status, heading: heading, alineas: alineas.map { Alinea($0) },
                division: division))
    }

    /// `(Supprimé)`, `(Non modifié)` alone: the article's status instead of its text.
    /// Only a parenthesised status counts: a bare `Conforme` in an article's text is text.
    static func statusOnly(_ text: String) -> ArticleStatus? {
        text.hasPrefix("(") ? StatusLine.parse(text) : nil
    }

    private mutating func noteUnread(_ element: Int, why: String) {
        let text = MarkupBlocks.alineas(of: element, in: markup).joined(separator: " ")
        guard !text.isEmpty else { return }
        let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
        let table = markup.table
        let element = (
            name: table.name(element), named: table.attribute("name", of: element), line: table.line(element)
        )
        let name = element.named.map { "<\(element.name) name=\"\($0)\">" } ?? "<\(element.name)>"
        diagnostics.append(Diagnostic(.note, "\(name) at line \(element.line) \(why), not read: \(shown)"))
    }
}
