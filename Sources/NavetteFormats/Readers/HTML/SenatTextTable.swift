/// The Sénat's text pages since 2024 ("monalisa" layout, `senat.fr/leg/pjl23-550.html`): the bill is a
/// `TCGlobal` table inside a JSF `<form>` (which the block collector skips as page chrome), one row per
/// heading or alinéa, the alinéa's number ("pastille", a glyph of the Numero font) in a first cell.
///
/// The table is handed to the ordinary reader without its pastilles: headings (`TCNumArticle`,
/// `TCNumTitre`, `TCIntChapitre`…) and alinéas (`TCTexte`) then read as on any bill page.
enum SenatTextTable {
    /// The `TCGlobal` element without its pastille cells, or nil when the page has none.
    static func content(of root: XMLElement) -> XMLElement? {
        guard let table = root.firstDescendant(where: { classes(of: $0).contains("TCGlobal") }) else { return nil }
        return withoutPastilles(table)
    }

    private static func withoutPastilles(_ element: XMLElement) -> XMLElement {
        var copy = element
        copy.children = element.children.compactMap { child in
            guard case .element(let inner) = child else { return child }
            if classes(of: inner).contains("pastille") || classes(of: inner).contains("texte-col-pastille") { return nil }
            return .element(withoutPastilles(inner))
        }
        return copy
    }

    private static func classes(of element: XMLElement) -> [Substring] {
        (element["class"] ?? "").split(separator: " ")
    }
}
