import NavetteCore
import NavetteReport

/// `navette diff --format json` written with `PrettyJSON`: the same bytes as `DiffOutput.Document`
/// encoded by `JSONOutput` (a test holds them to it), without the encoder's generic boxing, and the
/// articles written on every core. Keys go in the encoder's order: sorted by their UTF-8 bytes.
enum DiffJSON {
    /// An article's object sits at this level: document, `comparisons`, a comparison, `articles`.
    private static let articleLevel = 4

    static func document(_ comparisons: [ReadingComparison]) -> String {
        let articles = comparisons.flatMap(\.articles).concurrentMap { article in
            var json = PrettyJSON(level: articleLevel)
            write(article, to: &json)
            return json.bytes
        }
        var json = PrettyJSON(capacity: articles.reduce(0) { $0 + $1.count + 2 * articleLevel + 2 } + 4096)
        json.openObject()
        json.key("comparisons")
        json.openArray()
        var next = 0
        for comparison in comparisons {
            json.element()
            json.openObject()
            json.key("added")
            json.strings(comparison.added)
            json.key("articles")
            json.openArray()
            for article in articles[next..<next + comparison.articles.count] {
                json.element()
                json.raw(article)
            }
            next += comparison.articles.count
            json.closeArray()
            json.key("from")
            json.string(comparison.from)
            json.key("removed")
            json.strings(comparison.removed)
            json.key("stats")
            write(comparison.stats, to: &json)
            json.key("to")
            json.string(comparison.to)
            json.closeObject()
        }
        json.closeArray()
        json.closeObject()
        json.raw([UInt8(ascii: "\n")])
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private static func write(_ article: ArticleDiff, to json: inout PrettyJSON) {
        json.openObject()
        json.key("alineas")
        json.openArray()
        for entry in article.comparison.alineas {
            json.element()
            write(entry, to: &json)
        }
        json.closeArray()
        json.key("label")
        json.string(article.label)
        json.member("newLabel", article.newLabel)
        json.member("newStatus", article.newStatus?.rawValue)
        json.member("oldLabel", article.oldLabel)
        json.member("oldStatus", article.oldStatus?.rawValue)
        json.key("stats")
        write(article.comparison.stats, to: &json)
        json.key("status")
        json.string(article.status.rawValue)
        json.closeObject()
    }

    private static func write(_ entry: Comparison.Entry, to json: inout PrettyJSON) {
        json.openObject()
        json.key("kind")
        json.string(entry.kind.rawValue)
        json.member("new", entry.new)
        json.member("newNumber", entry.newNumber)
        json.member("old", entry.old)
        json.member("oldNumber", entry.oldNumber)
        json.key("ops")
        write(entry.ops, to: &json)
        json.closeObject()
    }

    private static func write(_ ops: [Comparison.Op], to json: inout PrettyJSON) {
        json.openArray()
        for op in ops {
            json.element()
            json.openObject()
            if let edits = op.edits {
                json.key("edits")
                write(edits, to: &json)
            }
            json.member("move", op.move)
            json.member("old", op.old)
            json.key("op")
            json.string(op.op.rawValue)
            json.key("text")
            json.string(op.text)
            if op.isTypographic {
                json.key("typographic")
                json.bool(true)
            }
            json.closeObject()
        }
        json.closeArray()
    }

    private static func write(_ stats: Comparison.Stats, to json: inout PrettyJSON) {
        let fields: [(StaticString, Int)] = [
            ("alineasAdded", stats.alineasAdded), ("alineasChanged", stats.alineasChanged),
            ("alineasMoved", stats.alineasMoved), ("alineasRemoved", stats.alineasRemoved),
            ("alineasTypographic", stats.alineasTypographic), ("alineasUnchanged", stats.alineasUnchanged),
            ("sentencesMoved", stats.sentencesMoved), ("wordsAdded", stats.wordsAdded),
            ("wordsRemoved", stats.wordsRemoved),
        ]
        json.openObject()
        for (name, value) in fields {
            json.key(name)
            json.int(value)
        }
        json.closeObject()
    }
}
