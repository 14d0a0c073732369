import NavetteCore

/// The one renderer of a word diff inline: every writer (terminal, Markdown and HTML diffs, the
/// report's moved sentences, alerts and the Atom feed) gives it its marks and its escaper.
public struct InlineMarkup: Sendable {
    public var deleteOpen: String
    public var deleteClose: String
    public var insertOpen: String
    public var insertClose: String
    /// Around an equal run whose typography changed; receives the old text, already escaped.
    public var typography: @Sendable (_ old: String, _ new: String) -> String
    /// Marks a moved run: receives the move id and whether this is the place it left.
    public var moveNote: @Sendable (_ id: Int, _ from: Bool) -> String
    public var escape: @Sendable (String) -> String
    /// Makes the spaces of a typographic difference visible (text output), or leaves them.
    public var showSpaces: @Sendable (String) -> String

    public init(
        deleteOpen: String, deleteClose: String, insertOpen: String, insertClose: String,
        typography: @escaping @Sendable (_ old: String, _ new: String) -> String,
        moveNote: @escaping @Sendable (_ id: Int, _ from: Bool) -> String,
        escape: @escaping @Sendable (String) -> String, showSpaces: @escaping @Sendable (String) -> String = { $0 }
    ) {
        self.deleteOpen = deleteOpen
        self.deleteClose = deleteClose
        self.insertOpen = insertOpen
        self.insertClose = insertClose
        self.typography = typography
        self.moveNote = moveNote
        self.escape = escape
        self.showSpaces = showSpaces
    }

    /// `<del>` and `<ins>` around escaped HTML, typography shown as the new text, no move notes: the
    /// Atom feed's entries and the report's moved sentences.
    public static let html = InlineMarkup(
        deleteOpen: "<del>", deleteClose: "</del>", insertOpen: "<ins>", insertClose: "</ins>",
        typography: { _, new in new }, moveNote: { _, _ in "" }, escape: ReportEscaping.html)

    /// wdiff's notation, text as it is, typography shown as the new text: the alerts on a terminal.
    public static let wdiff = InlineMarkup(
        deleteOpen: "[-", deleteClose: "-]", insertOpen: "{+", insertClose: "+}",
        typography: { _, new in new }, moveNote: { _, _ in "" }, escape: { $0 })

    /// The ops of an entry with their marks. Spaces that end a deleted or inserted run are put
    /// outside the marks, so `[-30 juin 2025-] {+31 décembre 2024+}` reads as text.
    public func render<Op: InlineDiffOp>(_ ops: [Op]) -> String {
        var output = ""
        var oldSpacePending = false
        for op in ops {
            let (body, trailing) = op.text.splittingTrailingSpaces()
            // The old text had a space before this deletion that the new text does not show.
            if op.op == .delete, oldSpacePending { output += " " }
            oldSpacePending = false
            switch op.op {
            case .equal:
                if let old = op.old, trailing.isEmpty, !old.splittingTrailingSpaces().trailing.isEmpty {
                    oldSpacePending = true
                }
                if op.isTypographic, let old = op.old {
                    let oldBody = old.splittingTrailingSpaces().body
                    if oldBody == body {
                        // Only the spacing after the text differs: show it, spaces made visible.
                        output += typography(escape(showSpaces(old)), escape(showSpaces(op.text)))
                    } else {
                        output += typography(escape(showSpaces(String(oldBody))), escape(showSpaces(String(body))))
                        output += escape(String(trailing))
                    }
                } else {
                    output += escape(op.text)
                }
            case .delete:
                output += deleteOpen + escape(String(body)) + deleteClose + (op.move.map { moveNote($0, true) } ?? "")
                output += escape(String(trailing))
            case .insert:
                // A sentence moved and edited: its word diff where it went.
                let shown = op.edits.map { String(render($0).splittingTrailingSpaces().body) } ?? escape(String(body))
                output += insertOpen + shown + insertClose + (op.move.map { moveNote($0, false) } ?? "")
                output += escape(String(trailing))
            }
        }
        return output
    }
}

/// What the inline renderer reads of a word diff's op: the comparison's own, or the report's copy.
public protocol InlineDiffOp {
    var op: Comparison.Op.Kind { get }
    /// The new text for `equal` and `insert`, the old for `delete`.
    var text: String { get }
    /// For `equal`: the old text when it differs.
    var old: String? { get }
    var isTypographic: Bool { get }
    var move: Int? { get }
    var edits: [Self]? { get }
}

extension Comparison.Op: InlineDiffOp {}

extension OpReport: InlineDiffOp {
    public var isTypographic: Bool { typographic == true }
}
