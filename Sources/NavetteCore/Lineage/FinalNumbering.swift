/// Renumbering at promulgation: the surviving articles of the last reading, numbered 1er, 2, 3… in
/// the order the reading prints them (how article 7 of the Olympics bill became article 10).
enum FinalNumbering {
    /// The pseudo reading id of the final numbering in links and lookups.
    static let finalReading = "final"

    /// Sets `final` on the histories that survive in `finalReading` and links them to it.
    /// `printed` holds the histories of that reading's articles in the order it prints them.
    /// Articles whose label is not a number (`liminaire`) keep their label; a lone numbered article
    /// is the `unique` article, as French laws print it.
    static func number(_ histories: inout [ArticleHistory], printed: [Int], finalReading: String) {
        guard let column = histories.first?.steps.firstIndex(where: { $0.reading == finalReading }) else { return }
        let surviving = printed.filter {
            let step = histories[$0].steps[column]
            return step.isPresent && step.status != .supprime
        }
        let numberedCount = surviving.count {
            ArticleNumber(label: histories[$0].steps[column].label ?? "").base != nil
        }
        var counter = 0
        for index in surviving {
            let printedLabel = histories[index].steps[column].label ?? ""
            if ArticleNumber(label: printedLabel).base == nil {
                histories[index].final = printedLabel
            } else {
                counter += 1
                histories[index].final = numberedCount == 1 ? "unique" : label(counter)
            }
            histories[index].links.append(
                ArticleHistory.Link(from: finalReading, to: Self.finalReading, how: .sequence, confidence: 1))
        }
    }

    /// `1er`, `2`, `3`…
    static func label(_ number: Int) -> String { number == 1 ? "1er" : String(number) }
}

/// How the computed final numbering compares with the source's concordance table (La Fabrique's
/// `table_concordance`: navette label -> final label or `supprimé`). The table is only read here, to
/// check; it never decides a number.
public struct ConcordanceCheck: Sendable, Hashable, Codable {
    public struct Disagreement: Sendable, Hashable, Codable {
        /// The navette label (the table's key).
        public var label: String
        /// What the table says.
        public var expected: String
        /// What navette computed: a final label, `supprimé`, or `absent` when no history has the label.
        public var computed: String
    }

    public var entries: Int
    public var agreed: Int
    public var disagreements: [Disagreement]
    /// Histories given a final number whose labels the table does not list.
    public var unlisted: [String]
    var diagnostics: [Diagnostic]

    /// Share of the table's entries the computed numbering agrees with, 0–1.
    public var rate: Double { entries == 0 ? 1 : Double(agreed) / Double(entries) }

    init(_ table: [String: String], histories: inout [ArticleHistory], finalReading: String) {
        let deleted = ArticleStatus.supprime.rawValue
        var numbers: [String: ArticleNumber] = [:]  // Labels repeat across readings: parse each once.
        func number(_ label: String) -> ArticleNumber {
            if let known = numbers[label] { return known }
            let parsed = ArticleNumber(label: label)
            numbers[label] = parsed
            return parsed
        }
        func normalized(_ value: String) -> String {
            Folding.key(value).hasPrefix("supprim") ? deleted : number(value).key
        }
        // The latest history holding each label key: the table speaks of the last state of a label.
        var holder: [String: Int] = [:]
        for column in histories.first?.steps.indices ?? 0..<0 {
            for (index, history) in histories.enumerated() {
                if let label = history.steps[column].label { holder[number(label).key] = index }
            }
        }
        self.entries = table.count
        agreed = 0
        disagreements = []
        diagnostics = []
        var listed = Set<Int>()
        let entries = table.map { (number: number($0.key), label: $0.key, expected: $0.value) }
        for (parsed, label, expected) in entries.sorted(by: { $0.number < $1.number }) {
            let key = parsed.key
            let index = holder[key]
            let computed = index.map { histories[$0].final ?? deleted } ?? "absent"
            if let index { listed.insert(index) }
            if normalized(expected) == normalized(computed) {
                agreed += 1
                if let index, histories[index].final != nil {
                    histories[index].links.append(
                        ArticleHistory.Link(
                            from: finalReading, to: FinalNumbering.finalReading, how: .concordance, confidence: 1))
                }
                continue
            }
            disagreements.append(Disagreement(label: label, expected: expected, computed: computed))
            diagnostics.append(
                Diagnostic(
                    .warning, "the concordance table numbers it \(expected), the computed numbering gives \(computed)",
                    source: "table_concordance", article: label))
            if let index, let link = histories[index].links.lastIndex(where: { $0.how == .sequence }) {
                histories[index].links[link].confidence = 0.5
            }
        }
        unlisted = histories.indices.filter { histories[$0].final != nil && !listed.contains($0) }.map {
            histories[$0].id
        }
        for id in unlisted {
            diagnostics.append(
                Diagnostic(
                    .note, "history \(id) has a final number but no entry in the concordance table",
                    source: "table_concordance"))
        }
    }
}
