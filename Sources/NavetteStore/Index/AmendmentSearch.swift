import Foundation
internal import GRDB
import NavetteCore

/// A search of the index: words (see `MatchExpression`) and filters, all optional.
public struct AmendmentQuery: Sendable, Hashable {
    public var text: String
    /// An article label as printed (`7`, `1er`, `L. 252-1` is not one): amendments on it or next to it.
    public var article: String?
    /// The text's number (`1907`).
    public var bill: String?
    /// Part of the group's name or acronym, case and accents ignored.
    public var group: String?
    /// Part of a signatory's name, case and accents ignored.
    public var author: String?
    public var fate: AmendmentFate?
    /// Filed on or after this day (`yyyy-mm-dd`).
    public var since: String?
    public var limit: Int

    public init(
        text: String, article: String? = nil, bill: String? = nil, group: String? = nil, author: String? = nil,
        fate: AmendmentFate? = nil, since: String? = nil, limit: Int = 20
    ) {
        self.text = text
        self.article = article
        self.bill = bill
        self.group = group
        self.author = author
        self.fate = fate
        self.since = since
        self.limit = limit
    }
}

/// One amendment found, best first: the amendment, the passage that matched and where it was read.
public struct AmendmentHit: Sendable {
    public var amendment: Amendment
    /// The passage of the dispositif or exposé around the words found, the words marked.
    public var excerpt: Excerpt
    /// FTS5's bm25: lower is better; 0 when the search had no words.
    public var score: Double
    public var sha256: String
}

/// A passage with the words found marked, for renderers to show as they like (bold, `**`, `<mark>`).
public struct Excerpt: Sendable, Hashable {
    public var parts: [(text: String, found: Bool)]

    static let open = "\u{E000}"
    static let close = "\u{E001}"

    /// Reads `snippet()`'s output, the words found between `open` and `close`.
    init(marked: String) {
        parts = []
        var rest = Substring(marked)
        while let start = rest.range(of: Self.open) {
            if start.lowerBound > rest.startIndex { parts.append((String(rest[..<start.lowerBound]), false)) }
            rest = rest[start.upperBound...]
            let end = rest.range(of: Self.close)
            parts.append((String(rest[..<(end?.lowerBound ?? rest.endIndex)]), true))
            rest = end.map { rest[$0.upperBound...] } ?? ""
        }
        if !rest.isEmpty { parts.append((String(rest), false)) }
        parts = Self.widenedToWholeWords(parts)
    }

    /// Each mark widened to the whole hyphenated word it falls in: the index finds the parts of
    /// `vidéo-surveillance` (and marks only the part found), a reader sees one word. Linear in the
    /// excerpt's characters.
    static func widenedToWholeWords(_ parts: [(text: String, found: Bool)]) -> [(text: String, found: Bool)] {
        guard parts.contains(where: \.found) else { return parts }
        var characters: [Character] = []
        var found: [Bool] = []
        for part in parts {
            for character in part.text {
                characters.append(character)
                found.append(part.found)
            }
        }
        func isWord(_ index: Int) -> Bool {
            index < characters.count && (characters[index].isLetter || characters[index].isNumber)
        }
        var start = 0
        while start < characters.count {
            guard isWord(start) else {
                start += 1
                continue
            }
            var end = start
            var hyphenated = false
            while isWord(end) || (isWord(end + 1) && (characters[end] == "-" || characters[end] == "\u{2011}")) {
                hyphenated = hyphenated || !isWord(end)
                end += 1
            }
            if hyphenated, found[start..<end].contains(true) {
                for index in start..<end { found[index] = true }
            }
            start = end
        }
        var widened: [(text: String, found: Bool)] = []
        for (character, isFound) in zip(characters, found) {
            if let last = widened.last, last.found == isFound {
                widened[widened.count - 1].text.append(character)
            } else {
                widened.append((String(character), isFound))
            }
        }
        return widened
    }

    public var plain: String { parts.map(\.text).joined() }

    /// The passage with each word found wrapped: `marked { "**" + $0 + "**" }`.
    public func marked(_ wrap: (String) -> String) -> String {
        parts.map { $0.found ? wrap($0.text) : $0.text }.joined()
    }

    public static func == (lhs: Excerpt, rhs: Excerpt) -> Bool { lhs.marked { "[\($0)]" } == rhs.marked { "[\($0)]" } }
    public func hash(into hasher: inout Hasher) { hasher.combine(marked { "[\($0)]" }) }
}

/// How the amendments found divide by group and fate.
public struct AmendmentTally: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var group: String?
        public var fate: AmendmentFate
        public var count: Int
    }

    public var rows: [Row]
    public var total: Int { rows.reduce(0) { $0 + $1.count } }
}

extension AmendmentIndex {
    /// How many of a search's matches are ranked: the most recently indexed ones, when more match.
    ///
    /// bm25 costs about a microsecond per match (term frequencies from the position lists, the
    /// document's length from `amendments_fts_docsize`), and a word found in most amendments of a
    /// legislature (`article`, `alinéa`: 115,000 of 120,000) made every search of it rank them all. Such
    /// a word hardly ranks anyway: FTS5's bm25 floors the weight of a term found in more than half
    /// the documents to almost nothing, leaving only the documents' lengths to order them. So a
    /// search ranks at most this many matches, the newest (highest rowid, which follows the order
    /// the dumps were read in), a bounded cost that keeps the rarer words' ranking whole; the
    /// count stays exact. 20,000 is a sixth of a legislature's amendments, more than any word that
    /// still discriminates (rarer than in half the documents of a text) matches in one.
    public static let rankedMatchesLimit = 20_000

    /// The amendments matching `query`, best first (bm25 over dispositif and exposé, among at most
    /// `rankedMatchesLimit` of the newest matches; by date without words), at most `query.limit`.
    public func search(_ query: AmendmentQuery) throws -> [AmendmentHit] {
        let filter = try SearchFilter(query)
        let sql: String
        var arguments: StatementArguments
        if let match = filter.match {
            // Filters first, as a set of rowids the matches are checked against; then rank, on the
            // FTS table alone and within the limit above; then read the rows and cut excerpts for the
            // few kept.
            sql = """
                WITH recent AS (
                    SELECT amendments_fts.rowid AS id, bm25(amendments_fts, 1.0, 0.6) AS score FROM amendments_fts
                    WHERE \(filter.matchConditions) ORDER BY amendments_fts.rowid DESC LIMIT \(Self.rankedMatchesLimit)),
                top AS (SELECT id, score FROM recent ORDER BY score, id LIMIT ?)
                SELECT a.*, top.score AS score,
                    snippet(amendments_fts, -1, '\(Excerpt.open)', '\(Excerpt.close)', '…', 24) AS excerpt
                FROM top JOIN amendments_fts ON amendments_fts.rowid = top.id JOIN amendments a ON a.id = top.id
                WHERE amendments_fts MATCH ? ORDER BY top.score, top.id
                """
            arguments = filter.matchArguments + [query.limit, match]
        } else {
            sql = """
                SELECT a.*, 0.0 AS score, substr(a.dispositif, 1, 200) AS excerpt FROM amendments a
                WHERE \(filter.rowConditions) ORDER BY a.date DESC, a.id LIMIT ?
                """
            arguments = filter.rowArguments + [query.limit]
        }
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let record = try AmendmentRow(row: row)
                return AmendmentHit(
                    amendment: record.amendment, excerpt: Excerpt(marked: row["excerpt"] ?? ""),
                    score: row["score"], sha256: record.sha256)
            }
        }
    }

    /// How many amendments match `query` (its limit aside).
    public func count(_ query: AmendmentQuery) throws -> Int {
        let filter = try SearchFilter(query)
        let sql =
            filter.match == nil
            ? "SELECT COUNT(*) FROM amendments a WHERE \(filter.rowConditions)"
            : "SELECT COUNT(*) FROM amendments_fts WHERE \(filter.matchConditions)"
        let arguments = filter.match == nil ? filter.rowArguments : filter.matchArguments
        return try read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }

    /// The amendments matching `query` counted by group and fate, largest first.
    public func tally(_ query: AmendmentQuery) throws -> AmendmentTally {
        let filter = try SearchFilter(query)
        return try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT MIN(a.politicalGroup) AS politicalGroup, a.fate, COUNT(*) AS count \(filter.from)
                    WHERE \(filter.conditions) GROUP BY a.groupKey, a.fate ORDER BY count DESC, a.groupKey, a.fate
                    """, arguments: filter.arguments)
            return AmendmentTally(
                rows: rows.map { row in
                    AmendmentTally.Row(
                        group: row["politicalGroup"], fate: AmendmentFate(rawValue: row["fate"]) ?? .unknown,
                        count: row["count"])
                })
        }
    }
}

/// The WHERE clauses of a query: the FTS5 match, and the filters on the rows, with their arguments.
private struct SearchFilter {
    var match: String?
    /// The filters alone, on `amendments a` (`1` when there are none).
    var rowConditions = "1"
    var rowArguments: StatementArguments = []

    /// The match, and the filters as the set of rowids they leave: SQLite reads that set once (from
    /// the indexes on article, text, group…) and checks each match against it, instead of looking up
    /// the row of every match. The `+` keeps the set from being handed to FTS5 as rowids to look
    /// up: it would run the whole full-text query again for each of them (a second for a group).
    var matchConditions: String {
        let match = "amendments_fts MATCH ?"
        guard rowConditions != "1" else { return match }
        return match + " AND +amendments_fts.rowid IN (SELECT a.id FROM amendments a WHERE \(rowConditions))"
    }

    var matchArguments: StatementArguments { [match] + rowArguments }

    /// Matches and filters as one WHERE clause over `from`.
    var conditions: String { match == nil ? rowConditions : matchConditions }
    var arguments: StatementArguments { match == nil ? rowArguments : matchArguments }

    var from: String {
        match == nil
            ? "FROM amendments a" : "FROM amendments_fts JOIN amendments a ON a.id = amendments_fts.rowid"
    }

    init(_ query: AmendmentQuery) throws {
        var clauses: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        match = MatchExpression.make(query.text)
        if let article = query.article {
            clauses.append("a.article = ?")
            values.append(ArticleNumber(label: article).key)
        }
        if let bill = query.bill {
            clauses.append("a.bill = ?")
            values.append(AmendedText.normaliseBill(bill))
        }
        if let group = query.group {
            clauses.append("a.groupKey LIKE ? ESCAPE '\\'")
            values.append(Self.containing(group))
        }
        if let author = query.author {
            clauses.append("a.authorsKey LIKE ? ESCAPE '\\'")
            values.append(Self.containing(author))
        }
        if let fate = query.fate {
            clauses.append("a.fate = ?")
            values.append(fate.rawValue)
        }
        if let since = query.since {
            clauses.append("a.date >= ?")
            values.append(since)
        }
        if !clauses.isEmpty { rowConditions = clauses.joined(separator: " AND ") }
        rowArguments = StatementArguments(values)
    }

    /// A LIKE pattern for a folded substring, its own `%` and `_` escaped.
    private static func containing(_ text: String) -> String {
        let key = Folding.key(text).replacing("\\", with: "\\\\").replacing("%", with: "\\%").replacing(
            "_", with: "\\_")
        return "%" + key + "%"
    }
}
