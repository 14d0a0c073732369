/// An article label reduced to what matters for matching and ordering.
///
/// `7 bis A` is article 7, Latin ordinal `bis`, then the letter `A` that inserts it *before* `7 bis`;
/// so the navette order is `7 A` < `7` < `7 bis A` < `7 bis` < `7 ter`. `1er`, `premier` and `1` are
/// the same number. Labels that are not numbers (`liminaire`, `unique`, `L. 230-1`) keep their folded
/// text and sort by it after numbered articles.
public struct ArticleNumber: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The integer base, when the label has one.
    public let base: Int?
    /// The base as folded text: `7`, `liminaire`, `l. 230-1`.
    public let baseText: String
    /// The suffix words after the base, folded: `["bis", "a"]`.
    public let suffixes: [String]

    /// The canonical key used to match labels across readings: `7 bis a`.
    public var key: String { ([baseText] + suffixes).joined(separator: " ") }
    public var description: String { key }

    public init(label: String) {
        var words = ArticleNumber.words(of: label)
        var base: Int? = nil
        var baseText = words.first ?? ""
        if let first = words.first {
            if first == "1er" || first == "premier" || first == "1ere" {
                base = 1
            } else if let value = Int(first) {
                base = value
            }
            if let base { baseText = String(base) }
            words.removeFirst()
        }
        // A code article such as "L. 230-1" keeps its parts in the base.
        if base == nil, baseText.count <= 3, baseText.hasSuffix("."), let next = words.first {
            baseText += " " + next
            words.removeFirst()
        }
        self.base = base
        self.baseText = baseText
        self.suffixes = words
    }

    /// Splits a printed label into folded words, dropping `Article`, `Art.` and `(nouveau)`.
    static func words(of label: String) -> [String] {
        var text = Folding.key(label)
        // `replacing` is a generic search, costly on every label: only run it when a flag may be there.
        if mayHoldFlag(text) {
            for flag in ["(nouveau)", "(nouvelle)", "nouveau"] {
                text = text.replacing(flag, with: " ")
            }
        }
        var words = text.split(whereSeparator: { $0 == " " }).map(String.init)
        while let first = words.first, ["article", "art.", "art", "articles", "sec.", "section"].contains(first) {
            words.removeFirst()
        }
        if words.count >= 2, words[0] == "1", words[1] == "er" { words.replaceSubrange(0...1, with: ["1er"]) }
        return words
    }

    /// True when the folded text holds `nouve` (every flag `words` drops does).
    private static func mayHoldFlag(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let flag: [UInt8] = Array("nouve".utf8)
        guard bytes.count >= flag.count else { return false }
        for start in 0...(bytes.count - flag.count) where bytes[start] == flag[0] {
            if bytes[start..<start + flag.count].elementsEqual(flag) { return true }
        }
        return false
    }

    /// Rank of a Latin multiplicative ordinal (`bis` = 2 … `tricies` = 30), nil if the word is not one.
    public static func latinRank(_ word: String) -> Int? { Latin.rank(word) }

    /// Sort key: alternating (Latin rank, letter rank) levels, where a missing letter sorts after
    /// every letter (letters insert *before* the article they qualify).
    private var orderingLevels: [Int] {
        var levels: [Int] = []
        var latin = 1
        var sawLatin = false
        for word in suffixes {
            if let rank = ArticleNumber.latinRank(word) {
                if sawLatin { levels += [latin, Int.max] }
                latin = rank
                sawLatin = true
            } else if word.count <= 2, word.allSatisfy({ $0.isLetter }) {
                let letters = word.unicodeScalars.map { Int($0.value) - 96 }
                levels += [latin, letters.reduce(0) { $0 * 27 + $1 }]
                latin = 1
                sawLatin = false
            } else {
                levels += [latin, Int.max - 1]
                latin = 1
                sawLatin = false
            }
        }
        levels += [latin, Int.max]
        return levels
    }

    public static func < (lhs: ArticleNumber, rhs: ArticleNumber) -> Bool {
        switch (lhs.base, rhs.base) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return false
        case (_?, nil): return true
        case (nil, nil) where lhs.baseText != rhs.baseText: return lhs.baseText < rhs.baseText
        default: break
        }
        let left = lhs.orderingLevels
        let right = rhs.orderingLevels
        for (l, r) in zip(left, right) where l != r { return l < r }
        if left.count != right.count { return left.count < right.count }
        return lhs.key < rhs.key
    }
}
