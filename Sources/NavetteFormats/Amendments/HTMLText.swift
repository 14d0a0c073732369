import NavetteCore

/// Plain text out of the HTML fragments amendments carry (dispositif, exposé, signatory lines).
///
/// Block elements (`p`, `div`, `br`, `li`, `tr`, headings) end a paragraph; inline ones (`span`,
/// `sup`, `b`…) join their text (`1<sup>er</sup>` → `1er`). Runs of ASCII white space collapse to
/// one space as a browser shows them; no-break spaces are kept as printed. Word's conditional
/// comments, `style` and `xml` islands are dropped. Entities are decoded by libxml2's HTML parser.
enum HTMLText {
    /// The paragraphs of an HTML fragment, empty ones dropped.
    static func paragraphs(html: String, file: String) -> [String] {
        guard !html.isEmpty else { return [] }
        guard html.utf8.contains(0x3C) || html.utf8.contains(0x26) else { return split(plain: html) }
        guard let tree = try? XMLParser.parseHTML(text: "<div>" + html + "</div>", file: file) else {
            return split(plain: html)
        }
        return paragraphs(of: tree)
    }

    /// The fragment as one string, one paragraph per line.
    static func plain(html: String, file: String) -> String {
        paragraphs(html: html, file: file).joined(separator: "\n")
    }

    /// One line of text with entities decoded and white space collapsed (signatory lists).
    static func line(html: String, file: String) -> String {
        paragraphs(html: html, file: file).joined(separator: " ")
    }

    /// The paragraphs of an already parsed element.
    static func paragraphs(of element: XMLElement) -> [String] {
        var collector = Collector()
        collector.walk(element)
        collector.flush()
        return collector.paragraphs
    }

    /// Plain text (no markup) cut into non-empty paragraphs at newlines, spaces collapsed.
    static func split(plain text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { collapse(String($0)) }
            .filter { !isBlank($0) }
    }

    /// Collapses runs of ASCII white space (as characters: `"\r\n"` is one) to one space and trims
    /// them at both ends. See `collapsedBytes` for the quick way nearly every text takes.
    static func collapse(_ text: String) -> String {
        if let quick = text.utf8.withContiguousStorageIfAvailable(collapsedBytes), let collapsed = quick {
            return collapsed
        }
        return collapseCharacters(text)
    }

    /// `collapse` character by character: the reference, and the way taken by the rare text where a
    /// space is part of a larger character (a space carrying a combining mark).
    static func collapseCharacters(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(" ") }
            pendingSpace = false
            output.append(character)
        }
        return output
    }

    /// True when a paragraph holds nothing but spaces of any kind.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { Folding.isSpace($0) }
    }

    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
        "blockquote", "body", "dd", "dt", "hr", "section", "article",
    ]
    private static let skipped: Set<String> = ["style", "script", "head", "title", "xml", "meta", "link", "noscript"]

    private struct Collector {
        var paragraphs: [String] = []
        var current = ""

        mutating func walk(_ element: XMLElement) {
            if HTMLText.skipped.contains(element.name) || element.name.utf8.contains(0x3A) { return }
            let block = HTMLText.blocks.contains(element.name)
            if block { flush() }
            for child in element.children {
                switch child {
                case .text(let text): current += text
                case .element(let inner): walk(inner)
                }
            }
            if block { flush() }
        }

        mutating func flush() {
            let text = HTMLText.collapse(current)
            current = ""
            if !HTMLText.isBlank(text) { paragraphs.append(text.trimmingSpaces()) }
        }
    }
}

extension StringProtocol {
    /// The text without white space (any kind) or any of `characters` at either end.
    func trimmed(_ characters: String) -> String {
        let set = Set(characters)
        let drop: (Character) -> Bool = { $0.isWhitespace || set.contains($0) }
        var slice = Substring(self)
        while let first = slice.first, drop(first) { slice.removeFirst() }
        while let last = slice.last, drop(last) { slice.removeLast() }
        return String(slice)
    }
}
