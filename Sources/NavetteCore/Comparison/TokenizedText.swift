/// An alinéa's text cut into tokens (spaces left out), each key interned as an integer for the diff.
struct TokenizedText {
    let text: String
    let tokens: [Token]
    let keys: [Int]

    init(_ text: String, interner: inout KeyInterner) {
        self.text = text
        self.tokens = Tokenizer.words(in: text)
        var keys: [Int] = []
        keys.reserveCapacity(tokens.count)
        for token in tokens { keys.append(interner.id(token.key)) }
        self.keys = keys
    }

    /// Number of word-like tokens in `range` (what statistics count as words).
    func wordCount(_ range: Range<Int>) -> Int {
        var count = 0
        for index in range where tokens[index].isWordLike { count += 1 }
        return count
    }

    /// The original text of tokens `range`, with the spaces that follow them: consecutive ranges
    /// concatenate back to the whole text (the first range also takes any leading space).
    func slice(_ range: Range<Int>) -> Substring {
        let unicode = text.unicodeScalars
        let start = range.lowerBound == 0 ? unicode.startIndex : tokens[range.lowerBound].range.lowerBound
        let end = range.upperBound >= tokens.count ? unicode.endIndex : tokens[range.upperBound].range.lowerBound
        return Substring(unicode[start..<end])
    }

    /// The text of token `index` with the spaces after it, unless it is the last of `range`.
    func tokenText(_ index: Int, spacesIncluded: Bool) -> Substring {
        spacesIncluded ? slice(index..<index + 1) : tokens[index].text
    }
}

/// Gives each distinct token key (or alinéa text) a small integer, so diffs compare integers.
///
/// Keys are told apart by their UTF-8 bytes: hashing `String` itself checks Unicode normalisation on
/// every call, which cost more than the whole diff. Texts come folded and from the same sources, so a
/// precomposed and a decomposed `é` (canonically equal, byte-different) are not expected here.
struct KeyInterner {
    private var table: [ByteKey: Int] = [:]

    mutating func id(_ key: String) -> Int {
        let wrapped = ByteKey(key)
        if let existing = table[wrapped] { return existing }
        let next = table.count
        table[wrapped] = next
        return next
    }
}

/// A string hashed and compared by its UTF-8 bytes.
private struct ByteKey: Hashable {
    let string: String

    init(_ string: String) {
        var copy = string
        copy.makeContiguousUTF8()
        self.string = copy
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        var left = lhs.string
        var right = rhs.string
        return left.withUTF8 { a in right.withUTF8 { b in a.count == b.count && a.elementsEqual(b) } }
    }
}
