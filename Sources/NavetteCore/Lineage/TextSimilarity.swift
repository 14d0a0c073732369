/// How much two texts share, for linking articles and alinéas across readings.
///
/// A text is reduced to the set of its word bigrams (words lowercased on the folded form, hashed with
/// FNV-1a so that results do not depend on the process); similarity is the Dice coefficient of two sets.
/// Cheap enough to compute once per linked article, and robust to reordered or rewritten sentences.
public struct TextSignature: Sendable, Hashable {
    let shingles: Set<UInt64>

    public init(_ alineas: [Alinea]) {
        self.init(folded: alineas.map(\.folded))
    }

    public init(folded texts: [String]) {
        var words: [UInt64] = []
        for text in texts { TextSignature.appendWords(of: text, to: &words) }
        var shingles = Set<UInt64>()
        if words.count == 1 { shingles.insert(words[0]) }
        for index in words.indices.dropFirst() {
            shingles.insert(words[index - 1] &* 0x9E37_79B9_7F4A_7C15 ^ words[index])
        }
        self.shingles = shingles
    }

    public var isEmpty: Bool { shingles.isEmpty }

    /// Dice coefficient, 0 (nothing shared) to 1 (same bigrams). Two empty texts are identical.
    public func similarity(to other: TextSignature) -> Double {
        if shingles.isEmpty && other.shingles.isEmpty { return 1 }
        let (small, large) = shingles.count <= other.shingles.count ? (shingles, other.shingles) : (other.shingles, shingles)
        let shared = small.reduce(0) { large.contains($1) ? $0 + 1 : $0 }
        return 2 * Double(shared) / Double(shingles.count + other.shingles.count)
    }

    /// Words are runs of letters and digits; ASCII letters lowercased (the text is already folded).
    private static func appendWords(of text: String, to words: inout [UInt64]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                var value = scalar.value
                if value >= 65 && value <= 90 { value += 32 }
                hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
    }
}

extension TextSignature {
    /// Similarity of two texts, with a shortcut when they are the same after folding.
    public static func similarity(_ lhs: [Alinea], _ rhs: [Alinea]) -> Double {
        if lhs.map(\.folded) == rhs.map(\.folded) { return 1 }
        return TextSignature(lhs).similarity(to: TextSignature(rhs))
    }
}
