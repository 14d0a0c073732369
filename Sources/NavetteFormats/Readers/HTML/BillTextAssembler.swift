import NavetteCore

/// Reads the blocks of a bill page, in order, into divisions and articles.
///
/// - Before the first article heading: title page, exposé des motifs, "Le Premier ministre… Décrète"
///   are kept aside as front matter. Division headings met there are kept only if nothing but their
///   heading line separates them from the first article (the exposé mentions "Le chapitre Ier…").
/// - Article zone: an article heading opens one article per label; status lines right under it
///   (`(Supprimé)`, `(Non modifié)`, `Conforme`, `(Suppression maintenue)`) set its status and a
///   parenthesised mention (`(Pour coordination)`) goes to `heading`; then every block is one alinéa
///   (a data table is one alinéa). A division designation takes the next line as its heading.
///   A per-article "Exposé des motifs" (PLFSS bills as deposited) is skipped up to the next heading.
/// - End: "Délibéré en séance publique…", "Fait à Paris, le…", "Vu pour être annexé", an unquoted
///   `ANNEXE` heading or the "©" footer ends the bill text. Annexes (rapport annexé, états, stratégie)
///   are reports approved by an article, not articles: they are left out, with a note.
struct BillTextAssembler {
    let file: String
    private(set) var articles: [Article] = []
    private(set) var divisions: [Division] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var frontMatter: [HTMLBlock] = []
    private(set) var closing: String?

    private var openDivisions: [(index: Int, rank: Int)] = []
    private var started = false
    private var ended = false
    private var awaitingDivisionHeading: Int?
    /// Indices of the articles opened by the last heading (several for `Articles 8 et 9`).
    private var current: [Int] = []
    private var currentHasText = false
    /// Set when the current article's first alinéa carried its number inline, `(1)`: see `numberedAlinea`.
    private var alineasNumbered = false
    private var skippingExpose = false
    private var exposeBlocks = 0
    private var strayBlocks = 0
    private var firstStrayLine = 0
    private var headingsAfterEnd = 0
    private var endLine = 0

    init(file: String) { self.file = file }

    mutating func add(_ block: HTMLBlock) {
        if ended {
            if block.kind == .paragraph, ArticleHeading.parse(block.text) != nil { headingsAfterEnd += 1 }
            return
        }
        if block.kind == .paragraph {
            if let (heading, title) = Self.articleHeading(block) {
                return openArticles(heading, title: title, line: block.line)
            }
            if !Self.isQuoted(block.text), let division = DivisionHeading.parse(block.text, centered: block.centered) {
                return openDivision(division)
            }
            if started, Self.endsBillText(block.text) {
                closeCurrent()
                current = []
                ended = true
                endLine = block.line
                if Folding.key(block.text).hasPrefix("delibere") { closing = block.text }
                return
            }
        }
        if let index = awaitingDivisionHeading, block.kind == .paragraph {
            divisions[index].heading = block.text
            awaitingDivisionHeading = nil
            if !started { frontMatter.append(block) }
            return
        }
        guard started else {
            frontMatter.append(block)
            divisions.removeAll()
            openDivisions.removeAll()
            return
        }
        if skippingExpose || (Self.hasCount(block.text, 17) && Folding.key(block.text) == "expose des motifs") {
            skippingExpose = true
            exposeBlocks += 1
            return
        }
        addToArticle(block)
    }

    private mutating func addToArticle(_ block: HTMLBlock) {
        guard let last = current.last else {
            if let division = divisions.indices.last, block.kind == .paragraph, StatusLine.isMention(block.text) {
                // "(Division et intitulé supprimés)" under a division heading.
                divisions[division].heading = [divisions[division].heading, block.text].compactMap { $0 }.joined(
                    separator: " ")
                return
            }
            if strayBlocks == 0 { firstStrayLine = block.line }
            strayBlocks += 1
            return
        }
        if !currentHasText, block.kind == .paragraph {
            if let status = StatusLine.parse(block.text) {
                for index in current { articles[index].status = status }
                return
            }
            if StatusLine.isMention(block.text) {
                for index in current {
                    articles[index].heading = [articles[index].heading, block.text].compactMap { $0 }.joined(
                        separator: " ")
                }
                return
            }
        }
        if current.count > 1, !currentHasText {
            note(
                .warning, "a heading naming several articles is followed by text; it is read as the last one's",
                article: articles[last].label)
        }
        currentHasText = true
        let position = articles[last].alineas.count + 1
        if let text = Self.numberedAlinea(block.text, position: position), position == 1 || alineasNumbered {
            alineasNumbered = true
            articles[last].alineas.append(Alinea(text))
        } else if alineasNumbered, let previous = articles[last].alineas.last {
            // An unnumbered block (a table, its caption) belongs to the numbered alinéa above it.
            let joined = previous.text.isEmpty ? block.text : previous.text + "\n" + block.text
            articles[last].alineas[articles[last].alineas.count - 1] = Alinea(joined)
        } else {
            articles[last].alineas.append(Alinea(block.text))
        }
    }

    /// The text after an alinéa number printed inline, `(3)` then spaces, when the number is the
    /// alinéa's position in its article (the budget bills number alinéas so); nil otherwise.
    static func numberedAlinea(_ text: String, position: Int) -> String? {
        guard text.first == "(" else { return nil }
        let prefix = "(\(position))"
        guard text.hasPrefix(prefix) else { return nil }
        let rest = text.dropFirst(prefix.count)
        guard rest.isEmpty || rest.unicodeScalars.first.map(Folding.isSpace) == true else { return nil }
        return rest.trimmingSpaces()
    }

    /// An article heading: a whole line, or in a heading element a line with the article's title.
    static func articleHeading(_ block: HTMLBlock) -> (ArticleHeading, String?)? {
        if block.isHeading { return ArticleHeading.parse(titled: block.text) }
        return ArticleHeading.parse(block.text).map { ($0, nil) }
    }

    private mutating func openArticles(_ heading: ArticleHeading, title: String? = nil, line: Int) {
        closeCurrent()
        started = true
        skippingExpose = false
        awaitingDivisionHeading = nil
        current = []
        currentHasText = false
        alineasNumbered = false
        let printed = [title].compactMap { $0 } + heading.mentions
        for label in heading.labels {
            current.append(articles.count)
            articles.append(
                Article(
                    label: label, flags: heading.nouveau ? [.nouveau] : [], status: heading.status,
                    heading: printed.isEmpty ? nil : printed.joined(separator: " "),
                    division: openDivisions.last?.index))
        }
        if heading.unexpandedRange {
            note(
                .warning,
                "the range in this heading cannot be listed article by article; kept as one entry (line \(line))",
                article: heading.labels[0])
        } else if heading.labels.count > 2, let first = heading.labels.first, let last = heading.labels.last {
            note(
                .note,
                "heading of line \(line) names articles \(first) to \(last), read as \(heading.labels.count) articles")
        }
    }

    private mutating func openDivision(_ heading: DivisionHeading) {
        closeCurrent()
        current = []
        skippingExpose = false
        while let top = openDivisions.last, top.rank >= heading.rank { openDivisions.removeLast() }
        let division = Division(
            kind: heading.kind, label: heading.label, heading: heading.heading, depth: openDivisions.count,
            firstArticle: articles.count)
        openDivisions.append((divisions.count, heading.rank))
        awaitingDivisionHeading = heading.heading == nil ? divisions.count : nil
        divisions.append(division)
    }

    /// A line of dots closing an article stands, in Sénat texts, for the articles left out between it
    /// and the next heading (adopted in the same terms), not for a part of that article.
    private mutating func closeCurrent() {
        guard let last = current.last else { return }
        let article = articles[last]
        if article.alineas.count > 1 || article.status != .none, article.alineas.last?.placeholder == .dots {
            articles[last].alineas.removeLast()
            note(
                .note, "the line of dots after this article stands for articles not reproduced in this reading",
                article: article.label)
        }
    }

    /// Ends the reading: the article-level diagnostics, or nil when no article was found.
    mutating func finish() -> Bool {
        closeCurrent()
        guard !articles.isEmpty else { return false }
        var seen: [String: Int] = [:]
        for article in articles {
            seen[article.number.key, default: 0] += 1
            if seen[article.number.key] == 2 {
                note(.warning, "two articles carry the same label; both are kept in page order", article: article.label)
            }
            if article.alineas.isEmpty && article.status == .none {
                note(.warning, "article with neither text nor status", article: article.label)
            }
        }
        if strayBlocks > 0 {
            note(
                .warning,
                "\(strayBlocks) blocks between a division heading and the next article were not read (first at line \(firstStrayLine))"
            )
        }
        if exposeBlocks > 0 {
            note(.note, "\(exposeBlocks) paragraphs of per-article exposés des motifs were left out")
        }
        if ended {
            note(.note, "bill text ends at line \(endLine); what follows (signature, annexes) is not read as articles")
        }
        if headingsAfterEnd > 0 {
            note(
                .warning,
                "\(headingsAfterEnd) article headings after the end of the bill text (in annexes) were not read")
        }
        return true
    }

    private mutating func note(_ severity: Diagnostic.Severity, _ message: String, article: String? = nil) {
        diagnostics.append(Diagnostic(severity, message, source: file, article: article))
    }

    /// `text.count == count`, counting at most `count + 1` characters (`count` walks the whole text).
    ///
    /// ASCII bytes other than CR are one character each (CR LF is the only cluster of two ASCII bytes,
    /// and a combining mark is never ASCII), so when the first `count + 1` bytes are such bytes, or the
    /// whole text is, the bytes answer; otherwise the characters are walked.
    static func hasCount(_ text: String, _ count: Int) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= count else { return false }
        var singles = 0
        for byte in bytes.prefix(count + 1) {
            guard byte < 0x80, byte != 0x0D else { break }
            singles += 1
        }
        if singles == count + 1 { return false }
        if singles == bytes.count { return true }
        let rest = text.dropFirst(count - 1)
        return !rest.isEmpty && rest.dropFirst().isEmpty
    }

    static func isQuoted(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "«\"“„‹'".contains(first)
    }

    static func endsBillText(_ text: String) -> Bool {
        guard let first = text.first, startsTheEnd(first) else { return false }
        let key = Folding.key(String(text.prefix(40)))
        if key.hasPrefix("delibere en seance publique") || key.hasPrefix("vu pour etre annexe") { return true }
        if key.hasPrefix("fait a "), key.contains(", le ") { return true }
        if text.hasPrefix("©") { return true }
        let firstWord = text.prefix { $0.isLetter }
        return firstWord == "ANNEXE" || firstWord == "ANNEXES"
    }

    /// `"DdFfVv©A".contains(first)`, without walking that string's characters for every block: a
    /// character equal to one of those letters is that one byte, and `©` has no other spelling.
    static func startsTheEnd(_ first: Character) -> Bool {
        let utf8 = first.utf8
        guard utf8.count == 1 else { return first == "©" }
        switch utf8.first! {
        case UInt8(ascii: "D"), UInt8(ascii: "d"), UInt8(ascii: "F"), UInt8(ascii: "f"), UInt8(ascii: "V"),
            UInt8(ascii: "v"), UInt8(ascii: "A"):
            return true
        default: return false
        }
    }
}
