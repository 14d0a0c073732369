/// What changed in one article between two readings: its alinéas aligned, each with a word diff.
///
/// Build it with `Comparison(old:new:)` (two articles, either absent) or `Comparer.compare(old:new:)`
/// (two lists of alinéas). Placeholders (`(Non modifié)`, dots) are compared as written: resolving them
/// to earlier text is the lineage's job.
///
/// Encoded as JSON (field names are stable, other tools read them):
///
///     {"alineas": [{"kind": "changed", "oldNumber": 1, "newNumber": 1,
///                   "old": "…jusqu’au 30 juin 2025…", "new": "…jusqu’au 31 décembre 2024…",
///                   "ops": [{"op": "equal", "text": "…jusqu’au "},
///                           {"op": "delete", "text": "30 juin 2025"},
///                           {"op": "insert", "text": "31 décembre 2024"},
///                           {"op": "equal", "text": ", à la seule fin…"}]}],
///      "stats": {"alineasAdded": 0, "alineasRemoved": 0, "alineasChanged": 1, "alineasMoved": 0,
///                "alineasTypographic": 0, "alineasUnchanged": 0, "wordsAdded": 1, "wordsRemoved": 1,
///                "sentencesMoved": 0}}
///
/// `kind` is one of `unchanged`, `typographic`, `changed`, `inserted`, `deleted`, `moved`. Alinéa
/// numbers count from 1 as amendments do; `oldNumber`/`old` are absent for an inserted alinéa,
/// `newNumber`/`new` for a deleted one. `op` is `equal`, `insert` or `delete`; `text` is original text
/// (the new text for `equal`); an `equal` op carries `old` when the old text differs (`"typographic":
/// true` when the difference shows: ’ for ', a no-break space), and `move` (an integer) pairs the
/// `delete` and `insert` ops of a sentence moved elsewhere; when the sentence was edited on its way,
/// its `insert` carries `edits`, the word diff from the deleted text (ops of the same shape).
public struct Comparison: Sendable, Hashable, Codable {
    public var alineas: [Entry]
    public var stats: Stats

    public init(alineas: [Entry], stats: Stats) {
        self.alineas = alineas
        self.stats = stats
    }

    /// Compares two versions of an article; a missing one counts as having no alinéa.
    public init(old: Article?, new: Article?) {
        self = Comparer.compare(old: old?.alineas ?? [], new: new?.alineas ?? [])
    }

    /// True when no alinéa changed, typography aside.
    public var isUnchanged: Bool { alineas.allSatisfy { $0.kind == .unchanged || $0.kind == .typographic } }

    /// One alinéa of the comparison, in the order of the new text (deleted alinéas where they stood).
    public struct Entry: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            case unchanged
            /// The texts differ only in typography (’ and ', no-break spaces, dashes).
            case typographic
            /// Rewritten in place: `ops` holds the word diff.
            case changed
            case inserted
            case deleted
            /// Found at another place: `oldNumber` -> `newNumber`; `ops` shows any change made too.
            case moved
        }

        public var kind: Kind
        /// 1-based alinéa number in the old article.
        public var oldNumber: Int?
        /// 1-based alinéa number in the new article.
        public var newNumber: Int?
        public var old: String?
        public var new: String?
        /// The word diff. Concatenating the `equal` and `insert` texts gives `new`; the `equal` (their
        /// `old` when set) and `delete` texts give `old`. Empty for an unchanged alinéa.
        public var ops: [Op]

        public init(kind: Kind, oldNumber: Int?, newNumber: Int?, old: String?, new: String?, ops: [Op]) {
            self.kind = kind
            self.oldNumber = oldNumber
            self.newNumber = newNumber
            self.old = old
            self.new = new
            self.ops = ops
        }
    }

    /// A run of the word diff, in original text with the spaces that follow it.
    public struct Op: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case equal, insert, delete
        }

        public var op: Kind
        /// Original text: the new text for `equal` and `insert`, the old for `delete`.
        public var text: String
        /// For `equal`: the old text when it differs from `text` at all (so the old text can be put
        /// back together exactly), whether the difference shows or is only spacing next to a change.
        public var old: String?
        /// For `equal`: true when `old` differs visibly, a typographic change (’ for ', a no-break
        /// space, `L.4352-3` for `L. 4352-3`).
        public var isTypographic: Bool
        /// For a moved sentence: the id shared by its `delete` and its `insert`.
        public var move: Int?
        /// For the `insert` of a sentence moved and edited on its way: the word diff from the deleted
        /// text to this one.
        public var edits: [Op]?

        public init(_ op: Kind, _ text: String, old: String? = nil, isTypographic: Bool = false, move: Int? = nil) {
            self.op = op
            self.text = text
            self.old = old
            self.isTypographic = isTypographic
            self.move = move
        }

        private enum CodingKeys: String, CodingKey {
            case op, text, old, typographic, move, edits
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            op = try container.decode(Kind.self, forKey: .op)
            text = try container.decode(String.self, forKey: .text)
            old = try container.decodeIfPresent(String.self, forKey: .old)
            isTypographic = try container.decodeIfPresent(Bool.self, forKey: .typographic) ?? false
            move = try container.decodeIfPresent(Int.self, forKey: .move)
            edits = try container.decodeIfPresent([Op].self, forKey: .edits)
        }

        /// `typographic` is written only when true.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(op, forKey: .op)
            try container.encode(text, forKey: .text)
            try container.encodeIfPresent(old, forKey: .old)
            if isTypographic { try container.encode(true, forKey: .typographic) }
            try container.encodeIfPresent(move, forKey: .move)
            try container.encodeIfPresent(edits, forKey: .edits)
        }
    }

    /// Counts over a comparison; words are word, number, date and reference tokens (a date is one).
    public struct Stats: Sendable, Hashable, Codable {
        public var alineasAdded = 0
        public var alineasRemoved = 0
        public var alineasChanged = 0
        public var alineasMoved = 0
        public var alineasTypographic = 0
        public var alineasUnchanged = 0
        /// Words inserted; of a moved sentence, only those inserted on its way (its `edits`).
        public var wordsAdded = 0
        /// Words deleted; of a moved sentence, only those deleted on its way.
        public var wordsRemoved = 0
        public var sentencesMoved = 0

        public init() {}

        public static func + (lhs: Stats, rhs: Stats) -> Stats {
            var sum = lhs
            sum.alineasAdded += rhs.alineasAdded
            sum.alineasRemoved += rhs.alineasRemoved
            sum.alineasChanged += rhs.alineasChanged
            sum.alineasMoved += rhs.alineasMoved
            sum.alineasTypographic += rhs.alineasTypographic
            sum.alineasUnchanged += rhs.alineasUnchanged
            sum.wordsAdded += rhs.wordsAdded
            sum.wordsRemoved += rhs.wordsRemoved
            sum.sentencesMoved += rhs.sentencesMoved
            return sum
        }
    }
}
