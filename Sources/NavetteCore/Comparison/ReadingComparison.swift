/// One article compared between two readings, either side possibly absent.
///
/// JSON: `{"label": "7", "oldLabel": "7", "newLabel": "7", "status": "changed", "oldStatus": "none",
/// "newStatus": "none", "alineas": [...], "stats": {...}}` (the `Comparison` fields flattened in);
/// `status` is `unchanged`, `typographic`, `changed`, `added` or `removed`.
public struct ArticleDiff: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case unchanged, typographic, changed, added, removed
    }

    /// The label in the new reading, or in the old one for a removed article.
    public var label: String
    public var oldLabel: String?
    public var newLabel: String?
    public var oldStatus: ArticleStatus?
    public var newStatus: ArticleStatus?
    public var status: Status
    public var comparison: Comparison

    public init(old: Article?, new: Article?) {
        label = new?.label ?? old?.label ?? ""
        oldLabel = old?.label
        newLabel = new?.label
        oldStatus = old?.status
        newStatus = new?.status
        comparison = Comparison(old: old, new: new)
        if old == nil {
            status = .added
        } else if new == nil {
            status = .removed
        } else if !comparison.isUnchanged || oldStatus != newStatus {
            status = .changed
        } else if comparison.stats.alineasTypographic > 0 {
            status = .typographic
        } else {
            status = .unchanged
        }
    }

    private enum CodingKeys: String, CodingKey {
        case label, oldLabel, newLabel, oldStatus, newStatus, status, alineas, stats
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decode(String.self, forKey: .label)
        oldLabel = try container.decodeIfPresent(String.self, forKey: .oldLabel)
        newLabel = try container.decodeIfPresent(String.self, forKey: .newLabel)
        oldStatus = try container.decodeIfPresent(ArticleStatus.self, forKey: .oldStatus)
        newStatus = try container.decodeIfPresent(ArticleStatus.self, forKey: .newStatus)
        status = try container.decode(Status.self, forKey: .status)
        comparison = Comparison(
            alineas: try container.decode([Comparison.Entry].self, forKey: .alineas),
            stats: try container.decode(Comparison.Stats.self, forKey: .stats))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encodeIfPresent(oldLabel, forKey: .oldLabel)
        try container.encodeIfPresent(newLabel, forKey: .newLabel)
        try container.encodeIfPresent(oldStatus, forKey: .oldStatus)
        try container.encodeIfPresent(newStatus, forKey: .newStatus)
        try container.encode(status, forKey: .status)
        try container.encode(comparison.alineas, forKey: .alineas)
        try container.encode(comparison.stats, forKey: .stats)
    }
}

/// Every article of two readings compared, matched by label (`ArticleNumber.key`).
///
/// JSON: `{"from": "<reading id>", "to": "<reading id>", "articles": [ArticleDiff…], "added": ["7 bis"],
/// "removed": ["12"], "stats": {...}}`, `stats` summing the articles' alinéa statistics.
public struct ReadingComparison: Sendable, Hashable, Codable {
    public var from: String
    public var to: String
    /// In the order of the new reading; a removed article comes after what preceded it in the old one.
    public var articles: [ArticleDiff]
    /// Labels of the articles only in the new reading.
    public var added: [String]
    /// Labels of the articles only in the old reading.
    public var removed: [String]
    public var stats: Comparison.Stats

    public init(from: String, to: String, articles: [ArticleDiff]) {
        self.from = from
        self.to = to
        self.articles = articles
        added = articles.filter { $0.status == .added }.map(\.label)
        removed = articles.filter { $0.status == .removed }.map(\.label)
        stats = articles.reduce(Comparison.Stats()) { $0 + $1.comparison.stats }
    }

    public init(old: Reading, new: Reading) {
        var oldByKey: [String: Int] = [:]
        for (index, article) in old.articles.enumerated() where oldByKey[article.number.key] == nil {
            oldByKey[article.number.key] = index
        }
        var partner: [Int?] = []
        var matched = Set<Int>()
        for article in new.articles {
            if let index = oldByKey[article.number.key], !matched.contains(index) {
                partner.append(index)
                matched.insert(index)
            } else {
                partner.append(nil)
            }
        }
        var pairs: [(old: Article?, new: Article?)] = []
        var nextOld = 0
        func flushRemoved(upTo limit: Int) {
            while nextOld < limit {
                if !matched.contains(nextOld) { pairs.append((old.articles[nextOld], nil)) }
                nextOld += 1
            }
        }
        for (article, index) in zip(new.articles, partner) {
            guard let index else {
                pairs.append((nil, article))
                continue
            }
            if index >= nextOld {
                flushRemoved(upTo: index)
                nextOld = index + 1
            }
            pairs.append((old.articles[index], article))
        }
        flushRemoved(upTo: old.articles.count)
        // Each article is compared on its own: on every core, in order.
        self.init(from: old.id, to: new.id, articles: pairs.concurrentMap { ArticleDiff(old: $0.old, new: $0.new) })
    }

    /// Only the articles whose text or status changed (typography aside).
    public var changedArticles: [ArticleDiff] {
        articles.filter { $0.status != .unchanged && $0.status != .typographic }
    }
}
