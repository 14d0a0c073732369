/// How a step is laid out, the same in HTML and Markdown: which alinéas are shown, which are
/// summarised as unchanged runs, which failed amendments sit under which alinéa, and what goes in the
/// step's block of amendments.
struct StepLayout {
    enum Item {
        /// Unchanged alinéas, by their numbers in the reading.
        case run(first: Int, last: Int, typographic: Int, carried: Bool)
        /// An alinéa shown (index in the step's `alineas`), with the failed amendments that targeted it.
        case alinea(Int, tried: TriedGroup?)
    }

    /// A group of failed amendments shown in the step's block, not under an alinéa.
    struct Group {
        var title: String
        /// The targeted alinéa's text in the reading the amendments were filed on, when held.
        var quote: String?
        /// Its anchor in the page.
        var quoteAnchor: String?
        var amendments: [String]
    }

    var items: [Item] = []
    /// Entries that changed, for the side-by-side view.
    var changed: [Int] = []
    /// The step's block: how many amendments, by fate, from where.
    var examined: Examined?
    var fates: String = ""
    /// The adopted amendments of the step on the article, and those no change was tied to.
    var adopted: [String] = []
    var unmatched: Set<String> = []
    var groups: [Group] = []

    /// The anchor of an amendment in its step's block.
    static func anchor(_ id: String) -> String { "amdt-" + Anchor.slug(id) }

    init(_ step: StepReport, in article: ArticleReport) {
        var placed: Set<Int> = []
        if step.change == .first {
            items = step.alineas.indices.map { .alinea($0, tried: nil) }
        } else if step.hasRedline {
            var tried: [Int: TriedGroup] = [:]
            if step.examined?.filedOn == nil || step.examined?.filedOn == step.comparedWith {
                for group in step.tried { if let alinea = group.alinea { tried[alinea] = group } }
            }
            // A step changed in typography only, with nothing marked (typography folded), is summarised.
            let summarised =
                step.change == .changed
                || step.change == .typographic && !step.alineas.contains(where: \.marksTypography)
            var run: [AlineaReport] = []
            func flush() {
                guard let first = run.first?.newNumber, let last = run.last?.newNumber else { return }
                items.append(
                    .run(
                        first: first, last: last, typographic: run.filter { $0.kind == .typographic }.count,
                        carried: run.allSatisfy(\.carried)))
                run = []
            }
            for (index, alinea) in step.alineas.enumerated() {
                let group = alinea.oldNumber.flatMap { tried[$0] }
                let quiet = alinea.kind == .unchanged || alinea.kind == .typographic
                if quiet && group == nil && summarised {
                    run.append(alinea)
                    continue
                }
                flush()
                if let number = alinea.oldNumber, group != nil { placed.insert(number) }
                if !quiet { changed.append(index) }
                items.append(.alinea(index, tried: group))
            }
            flush()
        }
        guard let examined = step.examined, !examined.amendments.isEmpty else { return }
        self.examined = examined
        let byFate = Dictionary(
            grouping: examined.amendments.compactMap { article.amendment($0) }, by: { Words.fate($0) })
        adopted = examined.amendments.filter { article.amendment($0)?.fate == .adopte }
        unmatched = Set(step.adoptedUnmatched)
        fates = byFate.keys.sorted().map { "\(byFate[$0]!.count) \($0)" }.joined(separator: ", ")
        let context = article.steps.first { $0.reading == examined.filedOn && $0.change != .notHeld }
        for group in step.tried where group.alinea.map({ !placed.contains($0) }) ?? true {
            var title = group.alinea.map { "Tried on alinéa \($0)" } ?? "Tried on the article (no alinéa given)"
            let quoted = group.alinea.flatMap { number in context?.alineas.first { $0.newNumber == number } }
            if group.alinea != nil, context != nil, quoted == nil { title += " (not in the text held)" }
            if group.alinea != nil, context == nil { title += " of the text they were filed on (not held)" }
            groups.append(
                Group(
                    title: title + ", not adopted", quote: quoted?.newText, quoteAnchor: quoted?.anchor,
                    amendments: group.amendments))
        }
    }

    /// `alinéas 4–9 unchanged (1 in typography only)`.
    static func describeRun(first: Int, last: Int, typographic: Int, carried: Bool) -> String {
        var text = first == last ? "alinéa \(first) unchanged" : "alinéas \(first)–\(last) unchanged"
        if typographic > 0 { text += " (\(typographic) in typography only)" }
        if carried { text += ", carried over" }
        return text
    }

    /// `3`, or `2→3` when the alinéa was renumbered or moved.
    static func number(_ alinea: AlineaReport) -> String {
        let number = alinea.newNumber ?? alinea.oldNumber ?? 0
        if let old = alinea.oldNumber, let new = alinea.newNumber, old != new { return "\(old)→\(new)" }
        return "\(number)"
    }
}
