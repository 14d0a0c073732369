/// How much two texts share, for linking articles and alinéas across readings.
///
/// A text is reduced to the set of its word bigrams (words lowercased on the folded form, hashed with
/// FNV-1a so that results do not depend on the process); similarity is the Dice coefficient of two sets.
/// Cheap enough to compute once per linked article, and robust to reordered or rewritten sentences.
public struct TextSignature: Sendable, Hashable {
    /// Sorted, without repeats: intersections are a linear merge, with no hashing.
    let shingles: [UInt64]

    public init(_ alineas: [Alinea]) {
        self.init(folded: alineas.map(\.folded))
    }

    public init(folded texts: [String]) {
        var words: [UInt64] = []
        for text in texts { TextSignature.appendWords(of: text, to: &words) }
        var shingles: [UInt64] = []
        shingles.reserveCapacity(words.count)
        if words.count == 1 { shingles.append(words[0]) }
        for index in words.indices.dropFirst() {
            shingles.append(words[index - 1] &* 0x9E37_79B9_7F4A_7C15 ^ words[index])
        }
        shingles.sort()
        var unique = 0
        for value in shingles where unique == 0 || shingles[unique - 1] != value {
            shingles[unique] = value
            unique += 1
        }
        shingles.removeLast(shingles.count - unique)
        self.shingles = shingles
    }

    public var isEmpty: Bool { shingles.isEmpty }

    /// Dice coefficient, 0 (nothing shared) to 1 (same bigrams). Two empty texts are identical.
    public func similarity(to other: TextSignature) -> Double {
        if shingles.isEmpty && other.shingles.isEmpty { return 1 }
        var shared = 0
        var left = 0
        var right = 0
        while left < shingles.count && right < other.shingles.count {
            if shingles[left] == other.shingles[right] {
                shared += 1
                left += 1
                right += 1
            } else if shingles[left] < other.shingles[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return 2 * Double(shared) / Double(shingles.count + other.shingles.count)
    }

    /// Words are runs of ASCII letters and digits and of any non-ASCII UTF-8 bytes (accented letters,
    /// `°`: folding has already turned typographic punctuation into ASCII); ASCII lowercased.
    private static func appendWords(of text: String, to words: inout [UInt64]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for var byte in text.utf8 {
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if isLetter || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 {
                if isLetter { byte |= 0x20 }
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
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
