import NavetteCore
import NavetteReport

/// Terminal output: ANSI colours (deletions red and struck through, insertions green and underlined,
/// moves cyan, typography yellow), or, when piped or under `NO_COLOR`, wdiff-style marks:
/// `[-deleted-]`, `{+inserted+}`, `[~old~>new~]` for typography (spaces shown as `␣`, no-break ones
/// as `⍽`, narrow ones as `⎵`), `(moved #1)` after a moved sentence.
struct TextDiffWriter: DiffWriter {
    var output = ""
    let colour: Bool

    init(colour: Bool) {
        self.colour = colour
    }

    private enum Style: String {
        case bold = "1"
        case dim = "2"
        case deleted = "31;9"
        case inserted = "32;4"
        case moved = "36"
        case typography = "33"
    }

    private func styled(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    private var markup: InlineMarkup {
        if colour {
            return InlineMarkup(
                deleteOpen: "\u{1B}[31;9m", deleteClose: "\u{1B}[0m", insertOpen: "\u{1B}[32;4m",
                insertClose: "\u{1B}[0m",
                typography: { _, new in "\u{1B}[33m\(new)\u{1B}[0m" },
                moveNote: { id, from in "\u{1B}[36m\(from ? "↷" : "↶")\(id)\u{1B}[0m" },
                escape: TextDiffWriter.visible, showSpaces: TextDiffWriter.visibleSpaces)
        }
        return InlineMarkup(
            deleteOpen: "[-", deleteClose: "-]", insertOpen: "{+", insertClose: "+}",
            typography: { old, new in "[~\(old)~>\(new)~]" },
            moveNote: { id, _ in "(moved #\(id))" },
            escape: TextDiffWriter.visible, showSpaces: TextDiffWriter.visibleSpaces)
    }

    /// In a typographic difference: `␣` a space, `⍽` a no-break space, `⎵` a narrow no-break space.
    static func visibleSpaces(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ": output.append("␣")
            case "\u{A0}": output.append("⍽")
            case "\u{202F}": output.append("⎵")
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    /// Control characters from documents are never written to a terminal as such.
    static func visible(_ text: String) -> String {
        guard
            text.unicodeScalars.contains(where: {
                $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value)
            })
        else {
            return text
        }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || value == 0x7F || (0x80..<0xA0).contains(value) {
                output.append(value == 0x0A || value == 0x09 ? " " : "\u{FFFD}")
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    mutating func begin(_ comparison: ReadingComparison, single: Bool) {
        output +=
            styled("\(comparison.from) → \(comparison.to)", .bold) + "  " + DiffSummary.describe(comparison.stats)
            + "\n"
        if !comparison.added.isEmpty {
            output += "  added: \(comparison.added.map { "article \($0)" }.joined(separator: ", "))\n"
        }
        if !comparison.removed.isEmpty {
            output += "  removed: \(comparison.removed.map { "article \($0)" }.joined(separator: ", "))\n"
        }
    }

    mutating func beginArticle(_ article: ArticleDiff) {
        output += "\n" + styled("Article \(TextDiffWriter.visible(article.label))", .bold)
        output += " (\(DiffSummary.status(article))) — \(DiffSummary.describe(article))\n"
    }

    mutating func alinea(_ entry: Comparison.Entry) {
        let number = DiffSummary.number(entry)
        let prefix = "  " + sign(entry.kind) + " " + number + String(repeating: " ", count: max(1, 6 - number.count))
        switch entry.kind {
        case .unchanged:
            output += prefix + styled(TextDiffWriter.visible(entry.new ?? ""), .dim) + "\n"
        case .inserted, .deleted:
            output += prefix + markup.render(entry.ops) + "\n"
        case .moved:
            let note = styled("(moved from alinéa \(entry.oldNumber ?? 0))", .moved)
            output += prefix + note + " " + markup.render(entry.ops) + "\n"
        case .changed, .typographic:
            output += prefix + markup.render(entry.ops) + "\n"
        }
    }

    private func sign(_ kind: Comparison.Entry.Kind) -> String {
        switch kind {
        case .unchanged: return " "
        case .typographic: return styled("≈", .typography)
        case .changed: return styled("~", .bold)
        case .inserted: return styled("+", .inserted)
        case .deleted: return styled("-", .deleted)
        case .moved: return styled(">", .moved)
        }
    }

    mutating func unchangedAlineas(_ run: UnchangedRun) {
        output += "    " + styled("… " + run.description, .dim) + "\n"
    }

    mutating func endArticle(_ article: ArticleDiff) {}

    mutating func unchangedArticles(_ labels: [String]) {
        let list =
            labels.count > 30 ? labels.prefix(30).joined(separator: ", ") + ", …" : labels.joined(separator: ", ")
        output +=
            "\n"
            + styled(
                "Unchanged: \(labels.count) \(Plural.noun(labels.count, "article")) (\(TextDiffWriter.visible(list)))",
                .dim) + "\n"
    }

    mutating func end(_ comparison: ReadingComparison) {
        output += "\n"
    }
}
