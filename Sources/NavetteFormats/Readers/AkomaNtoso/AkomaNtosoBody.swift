import NavetteCore

/// Walks an Akoma Ntoso body: containers become divisions, article units become articles.
struct AkomaNtosoBody {
    /// `article`, or `section` in a document without articles.
    let unit: String
    private(set) var divisions: [Division] = []
    private(set) var articles: [Article] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Hierarchical containers above articles.
    static let containers: Set<String> = [
        "book", "tome", "part", "subpart", "title", "subtitle", "chapter", "subchapter", "section", "subsection",
        "division", "subdivision", "hcontainer", "level",
    ]
    /// Elements whose content is quoted text (an article quoted by a `mod` is not an article of the bill).
    static let quoted: Set<String> = ["mod", "quotedStructure", "quotedText", "embeddedStructure", "authorialNote"]

    /// The article unit of a body: `article` when there is one, else `section`, else nil.
    static func unitName(in body: XMLElement) -> String? {
        if contains(body, "article") { return "article" }
        if contains(body, "section") { return "section" }
        return nil
    }

    /// True when `element` holds `name` outside quoted structures.
    static func contains(_ element: XMLElement, _ name: String) -> Bool {
        for child in element.elements where !quoted.contains(child.name) {
            if child.name == name || contains(child, name) { return true }
        }
        return false
    }

    mutating func walk(_ element: XMLElement, depth: Int, division: Int?) {
        for child in element.elements {
            if child.name == unit {
                readArticle(child, division: division)
            } else if AkomaNtosoBody.containers.contains(child.name) {
                guard AkomaNtosoBody.contains(child, unit) else {
                    noteUnread(child, why: "holds no <\(unit)>")
                    continue
                }
                divisions.append(makeDivision(for: child, depth: depth))
                walk(child, depth: depth + 1, division: divisions.count - 1)
            } else if child.name != "num" && child.name != "heading" && child.name != "subheading" {
                noteUnread(child, why: "is outside any <\(unit)>")
            }
        }
    }

    private func makeDivision(for element: XMLElement, depth: Int) -> Division {
        let num = element.first("num").map { MarkupBlocks.inlineText(of: $0, style: .akomaNtoso) } ?? ""
        let heading = element.first("heading").map { MarkupBlocks.inlineText(of: $0, style: .akomaNtoso) } ?? ""
        let kind: Division.Kind =
            switch element.name {
            case "book": .livre
            case "part": .partie
            case "title": .titre
            case "chapter": .chapitre
            case "section": .section
            case "subsection": .sousSection
            default: .other
            }
        let label = !num.isEmpty ? num : !heading.isEmpty ? heading : element["name"] ?? element.name
        return Division(
            kind: kind, label: label, heading: !num.isEmpty && !heading.isEmpty ? heading : nil, depth: depth,
            firstArticle: articles.count)
    }

    private mutating func readArticle(_ element: XMLElement, division: Int?) {
        let number = element.first("num").map { MarkupBlocks.inlineText(of: $0, style: .akomaNtoso) } ?? ""
        guard !number.isEmpty else {
            noteUnread(element, why: "has no <num>, so it is not an article")
            return
        }
        let (label, flags) = ArticleLabel.parse(number)
        var heading = element.first("heading").map { MarkupBlocks.inlineText(of: $0, style: .akomaNtoso) }
        if heading?.isEmpty == true { heading = nil }
        var alineas = MarkupBlocks.alineas(
            of: element, style: .akomaNtoso, excluding: ["num", "heading", "subheading"])
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

    private mutating func noteUnread(_ element: XMLElement, why: String) {
        let text = MarkupBlocks.alineas(of: element, style: .akomaNtoso).joined(separator: " ")
        guard !text.isEmpty else { return }
        let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
        let name = element["name"].map { "<\(element.name) name=\"\($0)\">" } ?? "<\(element.name)>"
        diagnostics.append(Diagnostic(.note, "\(name) at line \(element.line) \(why), not read: \(shown)"))
    }
}
