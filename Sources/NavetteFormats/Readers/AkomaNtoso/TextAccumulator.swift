/// Text of mixed-content markup (Akoma Ntoso `p`, LEGI `CONTENU` HTML) gathered into alinéas.
///
/// XML whitespace (space, tab, CR, LF) is layout, not text: each run becomes one space and the ends
/// are trimmed. Everything else is kept exactly (no-break spaces U+00A0 and U+202F, ’, « », –).
/// Pretty-printed sources break lines at inline element boundaries where the printed text had no
/// space (`613-\n<i>bis</i>`, `All\n<u>’</u>articolo`), so a run that holds a line break is dropped
/// when it sits between characters that never take a space there (see `joins`).
struct TextAccumulator {
    /// UTF-8 of the text so far (appending bytes is much cheaper than appending scalars).
    private var bytes: [UInt8] = []
    /// Offsets in `bytes` where the last two non-space scalars start, for `joins`.
    private var lastStart = -1
    private var beforeLastStart = -1
    private var pendingSpace = false
    /// The pending whitespace holds a line break and no space before it (a space written before
    /// the break, on the text's own line, is a real one).
    private var pendingBreak = false

    /// The text was preceded by a space written on its own line (not a pretty-printing line break).
    private(set) var leadingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var index = 0
            while index < buffer.count {
                switch buffer[index] {
                case 0x20, 0x09:
                    if !pendingSpace { pendingBreak = false }
                    if bytes.isEmpty && !pendingSpace { leadingSpace = true }
                    pendingSpace = true
                    index += 1
                case 0x0A, 0x0D:
                    if !pendingSpace { pendingBreak = true }
                    pendingSpace = true
                    index += 1
                default:
                    index = appendRun(buffer, from: index)
                }
            }
        }
    }

    /// Appends the run of non-whitespace bytes that starts at `start` (a scalar's first byte, as
    /// whitespace is ASCII) in one copy, and returns where it ends.
    private mutating func appendRun(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start + 1
        while end < buffer.count {
            let byte = buffer[end]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { break }
            end += 1
        }
        if pendingSpace && !bytes.isEmpty
            && !(pendingBreak && joinsBefore(TextAccumulator.scalar(in: buffer, at: start)))
        {
            bytes.append(0x20)
        }
        pendingSpace = false
        pendingBreak = false
        let base = bytes.count
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
        // The starts of the run's last two scalars, found from its end.
        var last = -1
        var beforeLast = -1
        var index = end
        while beforeLast < 0 && index > start {
            index -= 1
            guard buffer[index] & 0xC0 != 0x80 else { continue }
            if last < 0 { last = base + index - start } else { beforeLast = base + index - start }
        }
        beforeLastStart = beforeLast >= 0 ? beforeLast : lastStart
        lastStart = last
        return end
    }

    /// A printed line end inside a paragraph (`eol`): a plain space.
    mutating func space() {
        pendingSpace = true
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    private func joinsBefore(_ next: Unicode.Scalar) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let earlier = beforeLastStart >= 0 ? TextAccumulator.scalar(in: buffer, at: beforeLastStart) : nil
            return TextAccumulator.joins(earlier, TextAccumulator.scalar(in: buffer, at: lastStart), next)
        }
    }

    /// The scalar whose UTF-8 starts at `index` (the text is valid UTF-8).
    private static func scalar(in buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        let lead = buffer[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let (count, bits): (Int, UInt8) = lead >= 0xF0 ? (3, 0x07) : lead >= 0xE0 ? (2, 0x0F) : (1, 0x1F)
        var value = UInt32(lead & bits)
        for offset in 1...count where index + offset < buffer.count {
            value = value << 6 | UInt32(buffer[index + offset] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// True when a line break between `before` and `after` stands for no space at all: after an
    /// apostrophe, an opening sign or a word's hyphen (`613-bis`), before closing punctuation.
    static func joins(_ earlier: Unicode.Scalar?, _ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        switch before {
        case "’", "'", "«", "(", "[", "/": return true
        case "-": return earlier.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) } ?? false
        default: break
        }
        switch after {
        case "’", "'", ".", ",", ";", ")", "]", "»": return true
        case "-": return before.properties.isAlphabetic || ("0"..."9").contains(before)
        default: return false
        }
    }

    /// Collapses layout whitespace of a short text (a number, a heading) on one line.
    static func collapse(_ text: String) -> String {
        var accumulator = TextAccumulator()
        accumulator.append(text)
        return accumulator.text
    }
}

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

    let style: Style
    private(set) var alineas: [String] = []
    private var current = TextAccumulator()
    private var prefixes: [String] = []
    /// Set when a nested block closed inside a block still open: closing punctuation joins it.
    private var afterNestedBlock = false
    private var blockDepth = 0

    init(style: Style) { self.style = style }

    /// The alinéas of `element`'s children, leaving out children named in `excluding`.
    static func alineas(of element: XMLElement, style: Style, excluding: Set<String> = []) -> [String] {
        var walker = MarkupBlocks(style: style)
        walker.walkChildren(of: element, excluding: excluding)
        walker.flush()
        return walker.alineas
    }

    /// The text of an element on one line (a number, a heading), notes left out.
    static func inlineText(of element: XMLElement, style: Style) -> String {
        var walker = MarkupBlocks(style: style)
        walker.appendInline(element)
        return walker.current.text
    }

    mutating func walkChildren(of element: XMLElement, excluding: Set<String> = []) {
        for child in element.children {
            switch child {
            case .text(let text): current.append(text)
            case .element(let inner) where !excluding.contains(inner.name): walk(inner)
            case .element: break
            }
        }
    }

    private mutating func walk(_ element: XMLElement) {
        let name = element.name
        if style.skipped.contains(name) { return }
        if style.breaks.contains(name) { return flush() }
        if style.spaces.contains(name) { return current.space() }
        if style.numbered, let num = MarkupBlocks.number(of: element) {
            flush()
            let mark = prefixes.count
            let number = MarkupBlocks.inlineText(of: num, style: style)
            if !number.isEmpty { prefixes.append(number) }
            walkBlock(element)
            if prefixes.count > mark { prefixes.removeSubrange(mark...) }
        } else if style.blocks.contains(name) {
            walkBlock(element)
        } else {
            walkChildren(of: element)
        }
    }

    /// The `num` child, found without building the list of child elements (this runs for every element).
    private static func number(of element: XMLElement) -> XMLElement? {
        for child in element.children {
            if case .element(let inner) = child, inner.name == "num" { return inner }
        }
        return nil
    }

    private mutating func walkBlock(_ element: XMLElement) {
        flush()
        blockDepth += 1
        walkChildren(of: element)
        flush()
        blockDepth -= 1
        afterNestedBlock = blockDepth > 0
    }

    private mutating func appendInline(_ element: XMLElement) {
        for child in element.children {
            switch child {
            case .text(let text): current.append(text)
            case .element(let inner) where style.skipped.contains(inner.name): continue
            case .element(let inner) where style.spaces.contains(inner.name) || style.breaks.contains(inner.name):
                current.space()
            case .element(let inner): appendInline(inner)
            }
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
