/// One change a dispositif asks for on an article: where (`target`) and what (`operation`).
///
/// `instruction` keeps the words of the dispositif the edit was read from, so that a reader can
/// check the interpretation against the amendment itself.
public struct Edit: Sendable, Hashable, Codable {
    public var target: EditTarget
    public var operation: EditOperation
    public var instruction: String

    public init(target: EditTarget = EditTarget(), operation: EditOperation, instruction: String) {
        self.target = target
        self.operation = operation
        self.instruction = instruction
    }

    /// What the edit does, whatever words the dispositif used: two amendments whose edits have the
    /// same meanings are identical.
    public struct Meaning: Sendable, Hashable {
        var target: EditTarget
        var operation: EditOperation
    }

    public var meaning: Meaning { Meaning(target: target, operation: operation.folded) }

    /// True when the dispositif text was not understood.
    public var isUnparsed: Bool {
        if case .unparsed = operation { return true }
        return false
    }
}

/// Where an edit applies, from the outermost division to the phrase.
///
/// Alinéas given by number (`alinéa 5`) count from 1 within the whole article, as amendments count
/// them; ordinals in words (`le deuxième alinéa du II`) count within `parts` when parts are given.
public struct EditTarget: Sendable, Hashable, Codable {
    /// Designations of the divisions of the article, outermost first: `["II", "A"]` for `au A du II`,
    /// `["I", "2°", "a)"]` for `au a du 2° du I`. Empty: the whole article.
    public var parts: [String]
    /// The alinéas aimed at inside the parts (empty: all of them).
    public var alineas: [AlineaReference]
    /// The sentences aimed at inside each alinéa (empty: the whole alinéa).
    public var phrases: [Ordinal]
    /// `au début de` / `à la fin de`.
    public var anchor: Anchor?
    /// `le texte proposé pour l'article L. …`: alinéas count within the quoted text only.
    public var quotedText: Bool
    /// A sub-amendment aims at the dispositif of this amendment (`78 rectifié`), not at the article.
    public var amendment: String?

    public init(
        parts: [String] = [], alineas: [AlineaReference] = [], phrases: [Ordinal] = [], anchor: Anchor? = nil,
        quotedText: Bool = false, amendment: String? = nil
    ) {
        self.parts = parts
        self.alineas = alineas
        self.phrases = phrases
        self.anchor = anchor
        self.quotedText = quotedText
        self.amendment = amendment
    }

    /// True when the edit aims at the whole article.
    public var isWholeArticle: Bool { parts.isEmpty && alineas.isEmpty && phrases.isEmpty && !quotedText }

    public enum Anchor: String, Sendable, Hashable, Codable {
        case start
        case end
    }
}

/// An alinéa named by an amendment.
public enum AlineaReference: Sendable, Hashable, Codable {
    /// `alinéa 5`: counted from 1 in the whole article.
    case number(Int)
    /// `le deuxième alinéa`, `le dernier alinéa`: counted inside the target's parts.
    case ordinal(Ordinal)
}

/// A rank in words: `premier` (.first(1)), `troisième` (.first(3)), `dernier` (.last(1)),
/// `avant-dernier` (.last(2)).
public enum Ordinal: Sendable, Hashable, Codable, CustomStringConvertible {
    case first(Int)
    case last(Int)

    /// `2`, `last`, `last but 1`: for messages.
    public var description: String {
        switch self {
        case .first(let rank): return "\(rank)"
        case .last(1): return "last"
        case .last(let rank): return "last but \(rank - 1)"
        }
    }

    /// The zero-based index in a collection of `count` elements, if it exists.
    public func index(in count: Int) -> Int? {
        switch self {
        case .first(let rank): return rank >= 1 && rank <= count ? rank - 1 : nil
        case .last(let rank): return rank >= 1 && rank <= count ? count - rank : nil
        }
    }
}

/// Words quoted by an amendment and which of their occurrences it means.
public struct Words: Sendable, Hashable, Codable {
    public var text: String
    public var occurrence: Occurrence
    /// `après le mot « Guyane », substituer au mot « et »`: the occurrence that follows these words.
    public var after: String?

    public init(_ text: String, occurrence: Occurrence = .unspecified, after: String? = nil) {
        self.text = text
        self.occurrence = occurrence
        self.after = after
    }

    public enum Occurrence: Sendable, Hashable, Codable {
        /// Not said: the words are expected once (the first is taken when they recur).
        case unspecified
        /// `la première occurrence` (.first(1)), `la dernière occurrence` (.last(1)).
        case rank(Ordinal)
        /// `(deux fois)`, `à chaque occurrence`: every occurrence in the target.
        case every
    }
}

/// What an edit does to its target.
public enum EditOperation: Sendable, Hashable, Codable {
    /// `Supprimer cet article`, `Supprimer l'alinéa 5`, `Supprimer la dernière phrase`.
    case delete
    /// `Rédiger ainsi cet article / cet alinéa / le II`, `Substituer à l'alinéa 13 les deux alinéas
    /// suivants`: the target becomes these alinéas (one text for a phrase).
    case rewrite(alineas: [String])
    /// `Rédiger ainsi le début de l'alinéa 8 : « … (le reste sans changement) »`.
    case rewriteStart(text: String)
    /// `Après le mot « x », rédiger ainsi la fin de l'alinéa : « y »` (nil text: `supprimer la fin`).
    case rewriteEnd(after: Words, text: String?)
    /// `substituer aux mots « x » les mots « y »`, `remplacer le taux : 8 % par le taux : 11 %`.
    case replaceWords(words: Words, by: String)
    /// `supprimer les mots : « x »`.
    case deleteWords(words: Words)
    /// `après le mot : « x », insérer les mots : « y »` (or `avant`).
    case insertWords(text: String, side: Side, anchor: Words)
    /// `Compléter cet alinéa par les mots « y »` (.end) or `Au début de l'alinéa, insérer les mots`
    /// (.start); `sentence` for `par une phrase ainsi rédigée`.
    case addWords(text: String, at: EditTarget.Anchor, sentence: Bool)
    /// `Après l'alinéa 5, insérer l'alinéa suivant`, `Compléter cet article par un paragraphe`,
    /// `Au début de cet article, ajouter un paragraphe`.
    case insertAlineas(alineas: [String], side: Side)
    /// A part of the dispositif that was not understood, kept verbatim.
    case unparsed(text: String)

    public enum Side: String, Sendable, Hashable, Codable {
        case before
        case after
    }

    /// The operation with its texts folded, to compare amendments typed differently: identical
    /// amendments tabled by several groups differ in capitals and typography (`Maire`/`maire`, `–`/`-`).
    var folded: EditOperation {
        func fold(_ words: Words) -> Words {
            Words(Folding.key(words.text), occurrence: words.occurrence, after: words.after.map(Folding.key))
        }
        switch self {
        case .rewrite(let texts): return .rewrite(alineas: texts.map(Folding.key))
        case .rewriteStart(let text): return .rewriteStart(text: Folding.key(text))
        case .rewriteEnd(let words, let text): return .rewriteEnd(after: fold(words), text: text.map(Folding.key))
        case .replaceWords(let words, let text): return .replaceWords(words: fold(words), by: Folding.key(text))
        case .deleteWords(let words): return .deleteWords(words: fold(words))
        case .insertWords(let text, let side, let anchor):
            return .insertWords(text: Folding.key(text), side: side, anchor: fold(anchor))
        case .addWords(let text, let position, let sentence):
            return .addWords(text: Folding.key(text), at: position, sentence: sentence)
        case .insertAlineas(let texts, let side): return .insertAlineas(alineas: texts.map(Folding.key), side: side)
        case .delete, .unparsed: return self
        }
    }
}

// MARK: Compact JSON

/// `premier` is 1, `troisième` 3, `dernier` -1, `avant-dernier` -2.
extension Ordinal {
    public init(from decoder: Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Int.self)
        self = value < 0 ? .last(-value) : .first(value)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .first(let rank): try container.encode(rank)
        case .last(let rank): try container.encode(-rank)
        }
    }
}

/// `{"number": 5}` for `alinéa 5`, `{"ordinal": -1}` for `le dernier alinéa`.
extension AlineaReference {
    private enum CodingKeys: String, CodingKey {
        case number
        case ordinal
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try container.decodeIfPresent(Int.self, forKey: .number) {
            self = .number(number)
        } else {
            self = .ordinal(try container.decode(Ordinal.self, forKey: .ordinal))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .number(let number): try container.encode(number, forKey: .number)
        case .ordinal(let ordinal): try container.encode(ordinal, forKey: .ordinal)
        }
    }
}

/// `"unspecified"`, `"every"`, or the rank: `2`, `-1` (the last).
extension Words.Occurrence {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let word = try? container.decode(String.self) {
            self = word == "every" ? .every : .unspecified
        } else {
            self = .rank(try container.decode(Ordinal.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .unspecified: try container.encode("unspecified")
        case .every: try container.encode("every")
        case .rank(let ordinal): try container.encode(ordinal)
        }
    }
}
