import NavetteCore

/// Writes the word diff of an alinéa with marks: deletions and insertions, typography, moved
/// sentences, and each change anchored and followed by the number of its note. HTML and Markdown
/// differ only in their `Style`.
enum Redline {
    enum Side {
        /// Deletions and insertions together (the inline redline).
        case both
        /// The earlier text with its deletions (left of the side-by-side view).
        case old
        /// The later text with its insertions.
        case new
    }

    struct Style: Sendable {
        var escape: @Sendable (String) -> String
        /// Opens a change; the anchor is given at its first appearance only.
        var open: @Sendable (_ anchor: String?) -> String
        /// Closes a change: the reference to its note.
        var close: @Sendable (_ note: String, _ number: Int) -> String
        /// An equal run whose typography changed (both escaped).
        var typography: @Sendable (_ old: String, _ new: String) -> String

        static let html = Style(
            escape: ReportEscaping.html,
            open: { anchor in "<span class=\"chg\"\(anchor.map { " id=\"\($0)\"" } ?? "")>" },
            close: { note, number in
                "</span><a class=\"ref\" href=\"#\(note)\" aria-label=\"note \(number)\">\(number)</a>"
            },
            typography: { old, new in "<span class=\"typo\" title=\"typography, was: \(old)\">\(new)</span>" })

        static let markdown = Style(
            escape: ReportEscaping.markdown,
            open: { anchor in anchor.map { "<a id=\"\($0)\"></a>" } ?? "" },
            close: { note, number in "<sup>[\(number)](#\(note))</sup>" },
            typography: { _, new in new })
    }

    /// `changes`: the step's changes, to anchor and number them; nil for no anchors (table cells).
    /// `plain`: the text without marks (the first reading, where everything is "new").
    static func render(_ alinea: AlineaReport, side: Side, changes: [ChangeNote]?, plain: Bool, style: Style) -> String
    {
        if let text = alinea.text { return style.escape(text) }
        var out = ""
        var open: Int? = nil
        var anchored: Set<Int> = []
        func close() {
            guard let current = open, let changes else { return }
            out += style.close(changes[current].anchor + "-note", current + 1)
            open = nil
        }
        let ops = alinea.ops.filter { !(side == .old && $0.op == .insert || side == .new && $0.op == .delete) }
        for (index, op) in ops.enumerated() {
            if op.change != open { close() }
            if let change = op.change, let changes, open == nil {
                out += style.open(anchored.insert(change).inserted ? changes[change].anchor : nil)
                open = change
            }
            let split = (op.op == .equal && side == .old ? op.old ?? op.text : op.text).splittingTrailingSpaces()
            let (body, trailing) = (String(split.body), String(split.trailing))
            switch op.op {
            case .equal:
                if op.typographic == true, side != .old, let old = op.old {
                    out += style.typography(style.escape(old), style.escape(body)) + style.escape(trailing)
                } else {
                    out += style.escape(body + trailing)
                }
            case .delete, .insert:
                let deleted = op.op == .delete
                let shown = op.edits.map { edited($0, side: side, style: style) } ?? style.escape(body)
                let (openTag, closeTag) = deleted ? ("<del>", "</del>") : ("<ins>", "</ins>")
                out += plain ? style.escape(body) : openTag + shown + closeTag
                if let move = op.move { out += deleted ? " (↷ moved, \(move))" : " (↶ moved here, \(move))" }
                // The note's number right after the change, before the space that follows it.
                if index + 1 == ops.count || ops[index + 1].change != op.change { close() }
                out += style.escape(trailing)
            }
        }
        close()
        return out
    }

    /// A sentence moved and edited: where it went, its words with the edits of its way marked inside
    /// (the deleted words left out of the later text's side), trailing spaces left to the caller.
    private static func edited(_ edits: [OpReport], side: Side, style: Style) -> String {
        var markup = InlineMarkup.html
        markup.escape = style.escape
        let shown = markup.render(edits.filter { !(side == .new && $0.op == .delete) })
        return String(shown.splittingTrailingSpaces().body)
    }
}
