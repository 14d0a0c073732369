import NavetteCore

/// One paragraph-like piece of a bill page, in reading order: what a reader sees as one line of text
/// (a `<p>`, a heading, a `<div>` holding text) or one whole data table.
///
/// AN and Sénat pages are word-processor exports: every alinéa, heading and status is a `<p>`, and
/// inline markup (`<b>`, `<i>`, `<sup>er</sup>`, anchors) only styles it. So the page is flattened
/// once into blocks and the bill structure is read from their text and alignment.
struct HTMLBlock: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case paragraph
        /// A data table: `text` holds its rows separated by "\n", cells by "\t" (empty cells dropped).
        case table
    }

    var kind: Kind
    /// The text as published, NBSP and typography kept; see `HTMLWhitespace.normalize` for whitespace.
    var text: String
    /// Centered by `align`, `style` or `<center>`: headings are, alinéas are not.
    var centered: Bool
    /// Line in the source page, for diagnostics.
    var line: Int
    /// Set for the text of an `<h1>`…`<h6>` element: only there may an article heading carry its title
    /// on the same line (`Article 1 : Autorisation de percevoir les impôts existants`).
    var isHeading = false
}

/// Whitespace handling shared by every HTML block.
enum HTMLWhitespace {
    /// Collapses the line breaks of the HTML source (and of `<br>`) into one space and trims the ends.
    ///
    /// A run of ASCII spaces, tabs, CR and LF that holds a line break becomes one space (the page wraps
    /// its source lines; a browser renders the break as one space). Runs without a line break, NBSP,
    /// narrow NBSP and every other character are kept exactly. Ends are trimmed of all whitespace,
    /// NBSP included (an NBSP at the edge of a paragraph is layout, not text).
    static func normalize(_ raw: String) -> String { normalize(bytes: raw.utf8) }

    /// `normalize` on UTF-8 bytes. Byte by byte: the characters it looks at are ASCII, which never
    /// occur inside a multi-byte UTF-8 sequence, so every other byte is copied as it is.
    static func normalize(bytes raw: some Collection<UInt8>) -> String {
        // Written in place into the string (a run with a line break becomes one space where the run
        // began); invalid UTF-8 is repaired as `String(decoding:as:)` repairs it.
        let text = String(unsafeUninitializedCapacity: raw.count) { buffer in
            raw.withContiguousStorageIfAvailable { collapse($0, into: buffer) }
                ?? Array(raw).withUnsafeBufferPointer { collapse($0, into: buffer) }
        }
        // Most blocks have no space at either end: trimming would only copy them.
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            Folding.isSpace(first) || Folding.isSpace(last)
        else { return text }
        return text.trimmingSpaces()
    }

    /// The collapsing of `normalize`, from `raw` into `buffer` (at least as large): the count written.
    /// O(n); eight bytes at a time where none of them is at most 0x20 (no space, tab, CR or LF to look at).
    private static func collapse(_ raw: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>)
        -> Int
    {
        let input = UnsafeRawBufferPointer(raw)
        let output = UnsafeMutableRawBufferPointer(buffer)
        var written = 0
        var runStart = -1
        var runHasBreak = false
        var index = 0
        while index < raw.count {
            if runStart < 0,
                ByteWords.copyPlainWord(
                    from: input, at: &index, to: output, at: &written, where: { !ByteWords.hasByteBelow0x21($0) })
            {
                continue
            }
            let byte = raw[index]
            index &+= 1
            switch byte {
            case 0x20, 0x09:
                if runStart < 0 { runStart = written }
            case 0x0A, 0x0D:
                if runStart < 0 { runStart = written }
                runHasBreak = true
            default:
                if runStart >= 0 {
                    if runHasBreak {
                        buffer[runStart] = 0x20
                        written = runStart + 1
                    }
                    runStart = -1
                    runHasBreak = false
                }
            }
            buffer[written] = byte
            written &+= 1
        }
        if runStart >= 0, runHasBreak {
            buffer[runStart] = 0x20
            written = runStart + 1
        }
        return written
    }

    /// True when UTF-8 `text` holds a character that is not whitespace (`Character.isWhitespace`).
    ///
    /// An ASCII letter at the start or after another ASCII byte begins a character of its own, so
    /// finding one settles it without splitting the text into characters; other texts are split.
    static func hasNonWhitespace(_ text: ArraySlice<UInt8>) -> Bool {
        var previousIsASCII = true
        var allASCII = true
        for byte in text {
            if byte < 0x80 {
                if previousIsASCII, !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) { return true }
                previousIsASCII = true
            } else {
                previousIsASCII = false
                allASCII = false
            }
        }
        return allASCII ? false : String(decoding: text, as: UTF8.self).contains { !$0.isWhitespace }
    }
}

/// Flattens an HTML page into `HTMLBlock`s.
///
/// Block elements (`p`, `div`, `h1`…, `li`, `center`…) end the current block; inline elements add
/// their text to it. `<br>` is a line break inside the same block (the pages use it to wrap long
/// headings and lines), but two `<br>` in a row end the block, for pages that separate alinéas so.
/// Scripts, styles, forms, navigation menus and footnote bodies are skipped. A table becomes one block unless it holds
/// an article heading (then it is page layout and is read through).
struct HTMLBlockCollector {
    private(set) var blocks: [HTMLBlock] = []
    private var buffer: [UInt8] = []
    private var bufferLine = 0
    private var bufferCentered = false
    private var bufferHeading = false
    /// How many `<h1>`…`<h6>` elements enclose the walk.
    private var headingDepth = 0
    private var textSinceBreak = false
    private var breakPending = false
    /// The last source line seen: text nodes carry none of their own.
    private var lastLine = 0
    private let isLayoutTable: (NodeTable, Int) -> Bool
    /// Elements a page layout marks as not being text (the Sénat's alinéa-number glyphs); nil for most pages.
    private let isOmitted: ((NodeTable, Int) -> Bool)?
    /// What each of the page's names is to the walk, by interned name.
    private var roles: [Role] = []
    private var idAttribute: Int?
    private var alignment = HTMLAlignment(NodeTable())

    private enum Role {
        case inline, block, heading, skipped, lineBreak, table
    }

    /// - Parameters:
    ///   - isLayoutTable: tells a table that holds the page (to read through) from a data table.
    ///   - omitting: elements skipped with their descendants, beyond the page chrome every page skips.
    init(
        isLayoutTable: @escaping (NodeTable, Int) -> Bool = { _, _ in false },
        omitting isOmitted: ((NodeTable, Int) -> Bool)? = nil
    ) {
        self.isLayoutTable = isLayoutTable
        self.isOmitted = isOmitted
    }

    static let blockNames: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "center", "section", "article", "header", "footer", "main", "aside", "address", "pre", "hr", "body",
        "html", "tr", "td", "th", "caption", "tbody", "thead", "tfoot",
    ]
    static let headingNames: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let skippedNames: Set<String> = [
        "head", "script", "style", "noscript", "form", "select", "option", "button", "iframe", "object",
        "nav", "map", "textarea", "input",
    ]
    /// `id`s of the navigation parts of the AN and Sénat page templates.
    static let navigationIDs: Set<String> = ["menu", "header", "footer", "breadcrumb", "toolbar", "search"]

    /// `_ftn3`: a footnote's body as word processors export it (the note's call in the text is `_ftnref3`).
    /// The notes are gathered at the end of the page, after the last article, and are not the bill's text.
    static func isFootnoteID(_ id: String) -> Bool {
        let number = id.dropFirst(4)
        return id.hasPrefix("_ftn") && !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The blocks of `element` (a node of `page`) and its descendants.
    mutating func collect(_ page: NodeTable, _ element: Int, centered: Bool = false) {
        if roles.isEmpty { roles = Self.roles(page) }
        idAttribute = page.nameID("id")
        alignment = HTMLAlignment(page)
        walk(page, element, centered: centered)
        flush()
    }

    private static func roles(_ page: NodeTable) -> [Role] {
        page.names.map { name in
            if Self.skippedNames.contains(name) { return .skipped }
            if name == "br" { return .lineBreak }
            if name == "table" { return .table }
            if Self.headingNames.contains(name) { return .heading }
            return Self.blockNames.contains(name) ? .block : .inline
        }
    }

    private mutating func walk(_ page: NodeTable, _ element: Int, centered: Bool) {
        var child = element + 1
        while child < page.end(element) {
            if page.isElement(child) {
                visit(page, child, centered: centered)
            } else {
                append(page.bytes(ofText: child), line: max(lastLine, page.line(element)), centered: centered)
            }
            child = page.end(child)
        }
    }

    private mutating func visit(_ page: NodeTable, _ element: Int, centered: Bool) {
        lastLine = max(lastLine, page.line(element))
        let role = roles[page.nodes[element].name]
        if role == .skipped { return }
        if let isOmitted, isOmitted(page, element) { return }
        if let idAttribute, let id = page.attribute(id: idAttribute, of: element)?.lowercased(),
            Self.navigationIDs.contains(id) || Self.isFootnoteID(id)
        {
            return
        }
        switch role {
        case .lineBreak:
            lineBreak()
        case .table:
            flush()
            if isLayoutTable(page, element) {
                walk(page, element, centered: centered)
                flush()
            } else {
                appendTable(page, element, centered: centered)
            }
        case .block, .heading:
            flush()
            if role == .heading { headingDepth += 1 }
            walk(page, element, centered: alignment.of(element, in: page) ?? centered)
            flush()
            if role == .heading { headingDepth -= 1 }
        case .inline, .skipped:
            walk(page, element, centered: centered)
        }
    }

    private mutating func append(_ text: ArraySlice<UInt8>, line: Int, centered: Bool) {
        if buffer.isEmpty {
            bufferLine = line
            bufferCentered = centered
            bufferHeading = headingDepth > 0
        }
        buffer.append(contentsOf: text)
        if HTMLWhitespace.hasNonWhitespace(text) {
            textSinceBreak = true
            breakPending = false
        }
    }

    private mutating func lineBreak() {
        if breakPending && !textSinceBreak {
            flush()
            return
        }
        buffer.append(0x0A)
        breakPending = true
        textSinceBreak = false
    }

    private mutating func flush() {
        let text = HTMLWhitespace.normalize(bytes: buffer)
        if !text.isEmpty {
            blocks.append(
                HTMLBlock(
                    kind: .paragraph, text: text, centered: bufferCentered, line: bufferLine, isHeading: bufferHeading))
        }
        buffer.removeAll(keepingCapacity: true)
        textSinceBreak = false
        breakPending = false
    }

    /// One block for a data table, its rows on lines and its cells split by tabs. Only the table's own
    /// rows: a table nested in a cell is read with that cell (its text once, where it stands); taking
    /// every descendant `tr` made each level read the rows of all deeper levels again through every cell
    /// above them, 2^depth on nested tables (a fuzzed 7 KB page of 16 tables took 0.5 s).
    private mutating func appendTable(_ page: NodeTable, _ table: Int, centered: Bool) {
        var rows: [String] = []
        for row in page.ownRows(ofTable: table) {
            var cells: [String] = []
            var cell = row + 1
            while cell < page.end(row) {
                if page.isElement(cell), page.name(cell) == "td" || page.name(cell) == "th" {
                    var inner = HTMLBlockCollector()
                    inner.roles = roles
                    inner.collect(page, cell)
                    let text = inner.blocks.map(\.text).joined(separator: " ")
                    if !text.isEmpty { cells.append(text) }
                }
                cell = page.end(cell)
            }
            if !cells.isEmpty { rows.append(cells.joined(separator: "\t")) }
        }
        guard !rows.isEmpty else { return }
        blocks.append(
            HTMLBlock(
                kind: .table, text: rows.joined(separator: "\n"),
                centered: alignment.of(table, in: page) ?? centered, line: page.line(table)))
    }
}
