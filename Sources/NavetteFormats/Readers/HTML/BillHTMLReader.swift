import NavetteCore

/// Reads an Assemblée nationale or Sénat bill page (projet/proposition de loi, texte de la
/// commission, texte adopté, texte transmis) into a `Reading`.
///
/// The page is parsed by libxml2's HTML parser in recovery mode after charset detection
/// (`TextDecoding`: the pages declare iso-8859-1 but hold windows-1252 or UTF-8), flattened into
/// blocks (`HTMLBlockCollector`) and read in order (`BillTextAssembler`). On a Sénat page only the
/// text container (`<div id="wysiwyg">`, or the 2024 layout's table: `SenatTextTable`) is read, which
/// leaves out menus and footers.
public enum BillHTMLReader {
    /// - Throws: `ReadError` for an empty or binary file, or a page without any article heading.
    public static func read(_ bytes: [UInt8], file: String) throws -> Reading {
        let page = try XMLParser.parseHTMLNodes(bytes, file: file)
        let wysiwyg = page.firstDescendant(of: page.root) { page.attribute("id", of: $0) == "wysiwyg" }
        let senatTable = wysiwyg == nil ? SenatTextTable.content(of: page) : nil
        let content = wysiwyg ?? senatTable ?? page.root
        let omitted: ((NodeTable, Int) -> Bool)? = senatTable == nil ? nil : { SenatTextTable.isPastille($0, $1) }
        var collector = HTMLBlockCollector(isLayoutTable: holdsArticleHeading, omitting: omitted)
        collector.collect(page, content)
        var assembler = BillTextAssembler(file: file)
        for block in collector.blocks { assembler.add(block) }
        guard assembler.finish() else {
            throw ReadError(file: file, noArticleMessage(collector.blocks))
        }
        let metadata = BillPageMetadata(page: page, frontMatter: assembler.frontMatter, closing: assembler.closing)
        var diagnostics = assembler.diagnostics
        if !endsWithHTMLClose(bytes) {
            let last = assembler.articles.last.map { "; the last article read is \($0.label)" } ?? ""
            diagnostics.append(
                Diagnostic(.warning, "page ends before </html>: the text may be cut short\(last)", source: file))
        }
        return Reading(
            id: identifier(file), chamber: metadata.chamber, stage: metadata.stage, step: metadata.step,
            date: metadata.date, title: metadata.title, source: file, divisions: assembler.divisions,
            articles: assembler.articles, diagnostics: diagnostics)
    }

    /// A table that holds an article heading is page layout, read through rather than as data.
    private static func holdsArticleHeading(_ page: NodeTable, _ table: Int) -> Bool {
        page.firstDescendant(of: table) {
            let name = page.name($0)
            if name == "p" || name == "td" {
                return ArticleHeading.parse(HTMLWhitespace.normalize(bytes: page.textBytes(of: $0))) != nil
            }
            return HTMLBlockCollector.headingNames.contains(name)
                && ArticleHeading.parse(titled: HTMLWhitespace.normalize(bytes: page.textBytes(of: $0))) != nil
        } != nil
    }

    private static func noArticleMessage(_ blocks: [HTMLBlock]) -> String {
        var message = "no article found, expected a bill text with 'Article …' headings"
        if let said = blocks.first(where: { Folding.key($0.text).contains("pas adopte de texte") }) {
            message += " (the page says: \(said.text))"
        }
        return message
    }

    /// True when `</html>` appears in the last part of the page (case-insensitive).
    private static func endsWithHTMLClose(_ bytes: [UInt8]) -> Bool {
        // ByteSearch rather than the generic firstRange(of:), which cost 3 % of reading a page.
        ByteSearch.contains(ByteSearch.asciiLowercased(bytes.suffix(4096)), "</html")
    }

    private static func identifier(_ file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
