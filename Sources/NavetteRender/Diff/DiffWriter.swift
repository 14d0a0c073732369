import NavetteCore

/// Receives a diff in reading order, one implementation per output format (text, Markdown, HTML);
/// `DiffWalker` decides what is shown, the writers only how.
protocol DiffWriter {
    /// A pair of readings starts; `single` is true when it is the only pair.
    mutating func begin(_ comparison: ReadingComparison, single: Bool)
    mutating func beginArticle(_ article: ArticleDiff)
    mutating func alinea(_ entry: Comparison.Entry)
    /// A run of unchanged alinéas (or changed in typography only), summarised rather than shown.
    mutating func unchangedAlineas(_ run: UnchangedRun)
    mutating func endArticle(_ article: ArticleDiff)
    /// Articles left out because nothing changed in them (typography aside).
    mutating func unchangedArticles(_ labels: [String])
    mutating func end(_ comparison: ReadingComparison)
}

/// Walks comparisons for a writer: changed articles in full, unchanged alinéas and articles summarised
/// unless `full` is set.
enum DiffWalker {
    static func walk(_ comparisons: [ReadingComparison], full: Bool, into writer: inout some DiffWriter) {
        for comparison in comparisons {
            writer.begin(comparison, single: comparisons.count == 1)
            var quiet: [String] = []
            for article in comparison.articles {
                if !full,
                    article.status == .unchanged || (article.status == .typographic && comparison.articles.count > 1)
                {
                    quiet.append(article.label)
                    continue
                }
                writer.beginArticle(article)
                walk(article.comparison.alineas, full: full, into: &writer)
                writer.endArticle(article)
            }
            if !quiet.isEmpty { writer.unchangedArticles(quiet) }
            writer.end(comparison)
        }
    }

    private static func walk(_ entries: [Comparison.Entry], full: Bool, into writer: inout some DiffWriter) {
        var run: UnchangedRun? = nil
        for entry in entries {
            if !full, entry.kind == .unchanged || entry.kind == .typographic, let number = entry.newNumber,
                let oldNumber = entry.oldNumber
            {
                let typographic = (run?.typographic ?? 0) + (entry.kind == .typographic ? 1 : 0)
                run = UnchangedRun(
                    numbers: (run?.numbers.lowerBound ?? number)...number, oldStart: run?.oldStart ?? oldNumber,
                    typographic: typographic)
                continue
            }
            if let pending = run {
                writer.unchangedAlineas(pending)
                run = nil
            }
            writer.alinea(entry)
        }
        if let pending = run { writer.unchangedAlineas(pending) }
    }
}

/// Consecutive alinéas left as they were, by their numbers in the new text; `typographic` of them
/// differ in typography only.
struct UnchangedRun {
    var numbers: ClosedRange<Int>
    /// The number of the first of them in the old text (the run is unbroken in both).
    var oldStart: Int
    var typographic: Int

    var description: String {
        let single = numbers.count == 1
        var text = single ? "alinéa \(numbers.lowerBound)" : "alinéas \(numbers.lowerBound)–\(numbers.upperBound)"
        text += " unchanged"
        var notes: [String] = []
        if oldStart != numbers.lowerBound {
            let shift = oldStart - numbers.lowerBound
            notes.append(single ? "was \(oldStart)" : "were \(oldStart)–\(numbers.upperBound + shift)")
        }
        if typographic > 0 { notes.append("\(typographic) in typography only") }
        return notes.isEmpty ? text : text + " (" + notes.joined(separator: ", ") + ")"
    }
}

/// Words for counts shown to readers: "1 alinéa changed, 3 words added, 1 removed".
enum DiffSummary {
    static func describe(_ article: ArticleDiff) -> String {
        article.comparison.alineas.isEmpty ? "no text" : describe(article.comparison.stats)
    }

    static func describe(_ stats: Comparison.Stats) -> String {
        var parts: [String] = []
        func add(_ count: Int, _ what: String) {
            if count > 0 { parts.append("\(count) \(what)") }
        }
        add(stats.alineasChanged, Plural.noun(stats.alineasChanged, "alinéa") + " changed")
        add(stats.alineasAdded, Plural.noun(stats.alineasAdded, "alinéa") + " added")
        add(stats.alineasRemoved, Plural.noun(stats.alineasRemoved, "alinéa") + " removed")
        add(stats.alineasMoved, Plural.noun(stats.alineasMoved, "alinéa") + " moved")
        add(stats.alineasTypographic, "typography only")
        add(stats.sentencesMoved, Plural.noun(stats.sentencesMoved, "sentence") + " moved")
        if stats.wordsAdded + stats.wordsRemoved > 0 {
            parts.append("words +\(stats.wordsAdded) −\(stats.wordsRemoved)")
        }
        return parts.isEmpty ? "no change" : parts.joined(separator: ", ")
    }

    /// `3`, or `3→5` when the alinéa moved or was renumbered.
    static func number(_ entry: Comparison.Entry) -> String {
        switch (entry.oldNumber, entry.newNumber) {
        case (let old?, let new?) where old != new: return "\(old)→\(new)"
        case (_, let new?): return "\(new)"
        case (let old?, nil): return "\(old)"
        default: return ""
        }
    }

    static func status(_ article: ArticleDiff) -> String {
        var words = article.status.rawValue
        if let old = article.oldLabel, let new = article.newLabel, old != new,
            ArticleNumber(label: old).key != ArticleNumber(label: new).key
        {
            words += ", was article \(old)"
        }
        switch (article.oldStatus, article.newStatus) {
        case (let old?, let new?) where old != new: words += ", \(old.rawValue) → \(new.rawValue)"
        case (nil, let new?) where new != .none: words += ", \(new.rawValue)"
        case (let old?, nil) where old != .none: words += ", was \(old.rawValue)"
        default: break
        }
        return words
    }
}
