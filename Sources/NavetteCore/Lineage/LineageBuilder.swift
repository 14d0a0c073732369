/// Builds the histories reading after reading (see `DossierLineage` for the rules).
struct LineageBuilder {
    /// Below this similarity a label link is doubtful, and the article may have moved elsewhere.
    static let weakSimilarity = 0.25
    /// A text that moved to another label must share at least this much with its earlier text…
    static let movedSimilarity = 0.6
    /// …and this much more than with the article that had the label before.
    static let movedMargin = 0.25
    /// Orphans compared with one unexplained article, nearest by position first: keeps linking linear.
    static let orphanCap = 48

    /// What the builder remembers of a history between readings.
    struct Track {
        var key: String
        /// The latest written text (placeholders resolved) and the reading that wrote it out.
        var text: [Alinea] = []
        var textReading: String?
        var signature: TextSignature?
        var lastPresent: Int?
        /// Position (0–1) in the last reading that printed it, to compare nearby articles first.
        var position = 0.0
        var deleted = false

        mutating func textSignature() -> TextSignature {
            if let signature { return signature }
            let made = TextSignature(text)
            signature = made
            return made
        }
    }

    /// How one article of the current reading is tied to a history.
    struct Assignment {
        var history: Int?
        var similarity: Double?
        var moved = false
        /// The signature of the article's text, when one was computed (kept for the next reading).
        var signature: TextSignature?
    }

    let readings: [Reading]
    var histories: [ArticleHistory] = []
    var tracks: [Track] = []
    var order: [Int] = []
    var byKey: [String: Int] = [:]
    var diagnostics: [Diagnostic] = []
    /// For each reading, the history of each printed article.
    var printed: [[Int]] = []

    init(readings: [Reading]) { self.readings = readings }

    /// The histories in navette order, and each reading's printed order in that indexing.
    var orderedHistories: [ArticleHistory] { order.map { histories[$0] } }
    var orderedPrinted: [[Int]] {
        var position = [Int](repeating: 0, count: histories.count)
        for (rank, index) in order.enumerated() { position[index] = rank }
        return printed.map { $0.map { position[$0] } }
    }

    mutating func run() {
        for column in readings.indices {
            let reading = readings[column]
            var assignments = labelAssignments(in: reading)
            findMoves(in: reading, assignments: &assignments)
            var stepped = Set<Int>()
            var row: [Int] = []
            for (index, article) in reading.articles.enumerated() {
                let next = assignments[(index + 1)...].lazy.compactMap(\.history).first
                let history =
                    assignments[index].history ?? startHistory(article, in: reading, after: row.last, before: next)
                addStep(
                    article, at: index, of: reading, column: column, history: history, assignment: assignments[index])
                stepped.insert(history)
                row.append(history)
            }
            for history in histories.indices where !stepped.contains(history) {
                histories[history].steps.append(ArticleHistory.Step(reading: reading.id, label: nil, status: .absent))
                noteVanished(history, in: reading, column: column)
            }
            printed.append(row)
        }
    }

    /// Same label key as a history: its candidate, with the similarity of the texts when both have one.
    private mutating func labelAssignments(in reading: Reading) -> [Assignment] {
        var seen = Set<String>()
        var assignments: [Assignment] = []
        for article in reading.articles {
            var assignment = Assignment()
            if !seen.insert(article.number.key).inserted {
                diagnostics.append(
                    Diagnostic(
                        .warning, "printed twice in this reading; the second one starts its own history",
                        source: reading.id, article: article.label))
            } else if let history = byKey[article.number.key] {
                assignment.history = history
                if let text = ownText(article, history: history), !tracks[history].text.isEmpty {
                    (assignment.similarity, assignment.signature) = similarity(of: text, to: history)
                }
            }
            assignments.append(assignment)
        }
        return assignments
    }

    /// Similarity of a text with a history's latest text, and the text's signature (the history's
    /// own when the texts are the same after folding, which needs no hashing).
    mutating func similarity(of text: [Alinea], to history: Int) -> (Double, TextSignature?) {
        let earlier = tracks[history].text
        if text.count == earlier.count, zip(text, earlier).allSatisfy({ $0.folded == $1.folded }) {
            return (1, tracks[history].signature)
        }
        let signature = TextSignature(text)
        return (signature.similarity(to: tracks[history].textSignature()), signature)
    }

    /// The article's own text, partial placeholders resolved against the history's text; nil when
    /// the reading prints no text of its own (deleted, or carried whole).
    private func ownText(_ article: Article, history: Int?) -> [Alinea]? {
        let written = Self.writtenText(article)
        guard article.status != .supprime, !written.isEmpty else { return nil }
        guard let history, PlaceholderResolver.needsEarlierText(written) else { return written }
        return PlaceholderResolver.resolveParts(written, earlier: tracks[history].text).alineas
    }

    /// Renumbering between readings: an article with a new label (or a label whose text does not
    /// match) whose text clearly comes from a history that is not printed under its own label here.
    private mutating func findMoves(in reading: Reading, assignments: inout [Assignment]) {
        let count = max(reading.articles.count, 1)
        let unexplained = reading.articles.indices.filter { index in
            guard ownText(reading.articles[index], history: nil) != nil else { return false }
            return assignments[index].history == nil || (assignments[index].similarity ?? 1) < Self.weakSimilarity
        }
        guard !unexplained.isEmpty else { return }
        let claimed = Set(assignments.compactMap { $0.similarity ?? 1 >= Self.weakSimilarity ? $0.history : nil })
        let orphans = tracks.indices.filter {
            !claimed.contains($0) && !tracks[$0].deleted && tracks[$0].lastPresent != nil && !tracks[$0].text.isEmpty
        }
        guard !orphans.isEmpty else { return }
        var pairs: [(article: Int, history: Int, similarity: Double)] = []
        for index in unexplained {
            let position = Double(index) / Double(count)
            let nearest = orphans.sorted { abs(tracks[$0].position - position) < abs(tracks[$1].position - position) }
            let signature = TextSignature(reading.articles[index].alineas)
            for history in nearest.prefix(Self.orphanCap) where history != assignments[index].history {
                let similarity = signature.similarity(to: tracks[history].textSignature())
                if similarity >= Self.movedSimilarity,
                    similarity >= (assignments[index].similarity ?? 0) + Self.movedMargin
                {
                    pairs.append((index, history, similarity))
                }
            }
        }
        var usedArticles = Set<Int>()
        var usedHistories = Set<Int>()
        for pair in pairs.sorted(by: { $0.similarity > $1.similarity }) {
            guard !usedArticles.contains(pair.article), !usedHistories.contains(pair.history) else { continue }
            usedArticles.insert(pair.article)
            usedHistories.insert(pair.history)
            for other in assignments.indices where assignments[other].history == pair.history {
                assignments[other] = Assignment()
            }
            assignments[pair.article] = Assignment(history: pair.history, similarity: pair.similarity, moved: true)
        }
    }

    /// A new history for an article seen for the first time, placed after the previous printed one
    /// (or, printed first, before the next one that has a history).
    private mutating func startHistory(_ article: Article, in reading: Reading, after previous: Int?, before next: Int?)
        -> Int
    {
        var id = "\(article.label)@\(reading.id)"
        if histories.contains(where: { $0.id == id }) { id += "#\(histories.count)" }
        let absent = readings.prefix { $0.id != reading.id }.map {
            ArticleHistory.Step(reading: $0.id, label: nil, status: .absent)
        }
        histories.append(ArticleHistory(id: id, steps: absent))
        tracks.append(Track(key: article.number.key))
        let index = histories.count - 1
        if let previous, let rank = order.firstIndex(of: previous) {
            order.insert(index, at: rank + 1)
        } else if let next, let rank = order.firstIndex(of: next) {
            order.insert(index, at: rank)
        } else {
            order.insert(index, at: 0)
        }
        return index
    }
}
