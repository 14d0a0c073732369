/// The Sénat's text pages since 2024 ("monalisa" layout, `senat.fr/leg/pjl23-550.html`): the bill is a
/// `TCGlobal` table inside a JSF `<form>` (which the block collector skips as page chrome), one row per
/// heading or alinéa, the alinéa's number ("pastille", a glyph of the Numero font) in a first cell.
///
/// The table is handed to the ordinary reader without its pastilles: headings (`TCNumArticle`,
/// `TCNumTitre`, `TCIntChapitre`…) and alinéas (`TCTexte`) then read as on any bill page.
enum SenatTextTable {
    /// The `TCGlobal` element (a `div`), or nil when the page has none.
    static func content(of page: NodeTable) -> Int? {
        guard page.nameID("class") != nil else { return nil }
        // A `div` holding the table's rows; only divs and tables are looked at.
        let containers = Set(["div", "table"].compactMap(page.nameID))
        return page.firstDescendant(of: page.root) {
            containers.contains(page.nameIndex(of: $0)) && classes(of: $0, in: page).contains("TCGlobal")
        }
    }

    /// True for a pastille cell (the alinéa's number as a glyph), which is not text of the bill.
    static func isPastille(_ page: NodeTable, _ element: Int) -> Bool {
        let classes = classes(of: element, in: page)
        return classes.contains("pastille") || classes.contains("texte-col-pastille")
    }

    private static func classes(of element: Int, in page: NodeTable) -> [Substring] {
        (page.attribute("class", of: element) ?? "").split(separator: " ")
    }
}
