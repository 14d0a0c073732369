/// Walks markup and cuts it into alinéas: one per block element (`p`, `td`…) and per line break.
///
/// With `numbered`, an element that has a `num` child (AKN `paragraph`, `point`, `subsection`…)
/// puts that number at the start of its first alinéa: `1. Al testo unico…`, `a) l'articolo 1…`.
/// A block nested inside a paragraph (an AKN `quotedStructure` inside a `mod`) gives alinéas of its
/// own; punctuation that closes the quotation after it (`»;`) stays with the last of them.
struct MarkupBlocks {
    struct Style {
        var blocks: Set<String>
        var breaks: Set<String>
        var spaces: Set<String>
        var skipped: Set<String>
        var numbered: Bool

        /// Akoma Ntoso: `p` and table cells are blocks, `eol` is a printed line end, notes are not text.
        static let akomaNtoso = Style(
            blocks: ["p", "block", "heading", "subheading", "td", "th", "li", "listIntroduction", "listWrapUp"],
            breaks: ["br"], spaces: ["eol", "eop"],
            skipped: ["authorialNote", "note", "remark", "meta", "num"], numbered: true)

        /// HTML held in LEGI `CONTENU`: paragraphs, divisions, list items and table cells are blocks.
        static let html = Style(
            blocks: [
                "p", "div", "li", "ul", "ol", "blockquote", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
                "h6", "pre", "center", "dd", "dt",
            ],
            breaks: ["br"], spaces: [], skipped: ["script", "style", "head", "title"], numbered: false)
    }

    /// What an element is to the walk, in the order the walk asks: skipped, then break, then space.
    enum Role {
        case inline, block, lineBreak, space, skipped
    }

    /// A document read in one style: the role of each of its element names, worked out once rather
    /// than looked up in the style's sets at every element.
    struct Document {
        let table: NodeTable
        fileprivate let roles: [Role]
        /// The interned `num`, when the style reads numbered elements and the document has one.
        fileprivate let num: Int?

        init(_ table: NodeTable, style: Style) {
            self.table = table
            var roles = [Role](repeating: .inline, count: table.names.count)
            // Later sets win: a name is skipped before it is a break, a break before a space, a space
            // before a block. Only the style's names are looked up, not every name of the document.
            let sets: [(Set<String>, Role)] = [
                (style.blocks, .block), (style.spaces, .space), (style.breaks, .lineBreak), (style.skipped, .skipped),
            ]
            for (names, role) in sets {
                for name in names {
                    if let id = table.nameID(name) { roles[id] = role }
                }
            }
            self.roles = roles
            num = style.numbered ? table.nameID("num") : nil
        }

        /// The interned ids of those of `names` the document has, for `excluding`.
        func ids(_ names: [String]) -> [Int] { names.compactMap { table.nameID($0) } }
    }

    let document: Document
    private(set) var alineas: [String] = []
    private var current = TextAccumulator()
    private var prefixes: [String] = []
    /// Set when a nested block closed inside a block still open: closing punctuation joins it.
    private var afterNestedBlock = false
    private var blockDepth = 0

    init(_ document: Document) { self.document = document }

    /// The alinéas of `element`'s children, leaving out children whose interned name is in `excluding`.
    static func alineas(of element: Int, in document: Document, excluding: [Int] = []) -> [String] {
        var walker = MarkupBlocks(document)
        walker.walkChildren(of: element, excluding: excluding)
        walker.flush()
        return walker.alineas
    }

    /// The text of an element on one line (a number, a heading), notes left out.
    static func inlineText(of element: Int, in document: Document) -> String {
        var walker = MarkupBlocks(document)
        walker.appendInline(element)
        return walker.current.text
    }

    mutating func walkChildren(of element: Int, excluding: [Int] = []) {
        var child = element + 1
        while child < document.table.end(element) {
            let name = document.table.nameIndex(of: child)
            if name < 0 {
                current.append(document.table.bytes(ofText: child))
            } else if !excluding.contains(name) {
                walk(child, role: document.roles[name])
            }
            child = document.table.end(child)
        }
    }

    private mutating func walk(_ element: Int, role: Role) {
        switch role {
        case .skipped: return
        case .lineBreak: return flush()
        case .space: return current.space()
        case .block, .inline: break
        }
        if let num = document.num, let number = document.table.firstChild(of: element, id: num) {
            flush()
            let mark = prefixes.count
            let text = MarkupBlocks.inlineText(of: number, in: document)
            if !text.isEmpty { prefixes.append(text) }
            walkBlock(element)
            if prefixes.count > mark { prefixes.removeSubrange(mark...) }
        } else if role == .block {
            walkBlock(element)
        } else {
            walkChildren(of: element)
        }
    }

    private mutating func walkBlock(_ element: Int) {
        flush()
        blockDepth += 1
        walkChildren(of: element)
        flush()
        blockDepth -= 1
        afterNestedBlock = blockDepth > 0
    }

    private mutating func appendInline(_ element: Int) {
        var child = element + 1
        while child < document.table.end(element) {
            let name = document.table.nameIndex(of: child)
            if name < 0 {
                current.append(document.table.bytes(ofText: child))
            } else {
                switch document.roles[name] {
                case .skipped: break
                case .space, .lineBreak: current.space()
                case .inline, .block: appendInline(child)
                }
            }
            child = document.table.end(child)
        }
    }

    mutating func flush() {
        defer {
            afterNestedBlock = false
            current = TextAccumulator()
        }
        guard !current.isEmpty else { return }
        let text = current.text
        if afterNestedBlock, !alineas.isEmpty, let first = text.unicodeScalars.first,
            "»”’.,;:)]".unicodeScalars.contains(first)
        {
            alineas[alineas.count - 1] += (current.leadingSpace ? " " : "") + text
            return
        }
        if prefixes.isEmpty {
            alineas.append(text)
        } else {
            alineas.append((prefixes + [text]).joined(separator: " "))
            prefixes.removeAll()
        }
    }
}
