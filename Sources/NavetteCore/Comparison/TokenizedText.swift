/// An alinéa's text cut into tokens (spaces left out), each key interned as an integer for the diff.
///
/// Tokens are kept as UTF-8 offsets into the text's bytes, not as `Token` values: most keys are the
/// original bytes themselves and are interned straight from them, without making a string.
struct TokenizedText {
    let bytes: [UInt8]
    let kinds: [Token.Kind]
    /// UTF-8 offsets of each token's first byte and of the byte after it.
    let starts: [Int]
    let ends: [Int]
    let keys: [Int]
    /// Length of each key in UTF-8 bytes (the weight of a token when tidying a diff).
    let keyLengths: [Int]

    var count: Int { keys.count }

    init(_ text: String, interner: inout KeyInterner) {
        let scanner = TokenScanner(text)
        let spans = scanner.spans(keepSpaces: false)
        var bytes = [UInt8](text.utf8)
        var kinds: [Token.Kind] = []
        var starts: [Int] = []
        var ends: [Int] = []
        var keys: [Int] = []
        var keyLengths: [Int] = []
        kinds.reserveCapacity(spans.count)
        starts.reserveCapacity(spans.count)
        ends.reserveCapacity(spans.count)
        keys.reserveCapacity(spans.count)
        keyLengths.reserveCapacity(spans.count)
        bytes.withUnsafeBufferPointer { buffer in
            for span in spans {
                let start = scanner.offsets[span.start]
                let end = scanner.offsets[span.end]
                kinds.append(span.kind)
                starts.append(start)
                ends.append(end)
                switch scanner.key(span) {
                case .original:
                    keys.append(interner.id(bytes: UnsafeBufferPointer(rebasing: buffer[start..<end])))
                    keyLengths.append(end - start)
                case .folded(let key):
                    keys.append(interner.id(key))
                    keyLengths.append(key.utf8.count)
                }
            }
        }
        self.bytes = bytes
        self.kinds = kinds
        self.starts = starts
        self.ends = ends
        self.keys = keys
        self.keyLengths = keyLengths
    }

    func isWordLike(_ index: Int) -> Bool { kinds[index] != .punctuation && kinds[index] != .space }

    /// Number of word-like tokens in `range` (what statistics count as words).
    func wordCount(_ range: Range<Int>) -> Int {
        var count = 0
        for index in range where isWordLike(index) { count += 1 }
        return count
    }

    /// For a punctuation token of one ASCII byte, that byte (`.`, `;`, `,`…); guillemets and dashes,
    /// which fold to `"` and `-`, count as those.
    func mark(_ index: Int) -> UInt8? {
        guard kinds[index] == .punctuation else { return nil }
        let length = ends[index] - starts[index]
        if length == 1 { return bytes[starts[index]] }
        switch (length, bytes[starts[index]], bytes[starts[index] + 1]) {
        case (2, 0xC2, 0xAB), (2, 0xC2, 0xBB): return UInt8(ascii: "\"")  // « »
        case (3, 0xE2, 0x80) where (0x90...0x95).contains(bytes[starts[index] + 2]): return UInt8(ascii: "-")  // ‐ – —
        default: return nil
        }
    }

    /// UTF-8 byte range of tokens `range` with the spaces that follow them: consecutive ranges cover
    /// the whole text (the first also takes any leading space).
    func byteRange(_ range: Range<Int>) -> Range<Int> {
        let start = range.lowerBound == 0 ? 0 : starts[range.lowerBound]
        let end = range.upperBound >= count ? bytes.count : starts[range.upperBound]
        return start..<max(start, end)
    }

    /// The original text of tokens `range`, with the spaces that follow them.
    func slice(_ range: Range<Int>) -> String {
        let bytes = byteRange(range)
        return self.bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self)
        }
    }

    /// True when token `index` here and token `other` there are written the same, with the spaces
    /// that follow them when `spacesIncluded`: the same bytes, or canonically equivalent (a precomposed
    /// and a decomposed `é` look the same, so they are no typographic difference).
    func sameText(_ index: Int, as otherIndex: Int, in other: TokenizedText, spacesIncluded: Bool) -> Bool {
        let mine = spacesIncluded ? byteRange(index..<index + 1) : starts[index]..<ends[index]
        let theirs =
            spacesIncluded
            ? other.byteRange(otherIndex..<otherIndex + 1) : other.starts[otherIndex]..<other.ends[otherIndex]
        if bytes[mine].elementsEqual(other.bytes[theirs]) { return true }
        return String(decoding: bytes[mine], as: UTF8.self) == String(decoding: other.bytes[theirs], as: UTF8.self)
    }

    /// True when tokens `range` here and `otherRange` there are written the same, spaces included.
    func sameText(_ range: Range<Int>, as otherRange: Range<Int>, in other: TokenizedText) -> Bool {
        bytes[byteRange(range)].elementsEqual(other.bytes[other.byteRange(otherRange)])
    }
}

/// Gives each distinct token key (or alinéa text) a small integer, so diffs compare integers.
///
/// An open-addressing table over an arena of UTF-8 bytes: keys are interned straight from a text's
/// bytes, and told apart by those bytes (hashing `String` checks Unicode normalisation on every call,
/// which cost more than the diff; a key holding a decomposed accent is put in NFC by `Folding.fold`
/// before it gets here).
struct KeyInterner {
    private var arena: [UInt8] = []
    private var offsets: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [Int] = []
    private var slots = [Int](repeating: -1, count: 256)

    mutating func id(_ key: String) -> Int {
        var key = key
        return key.withUTF8 { id(bytes: $0) }
    }

    mutating func id(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // FNV-1a: keys are mostly short words, for which it beats a keyed hash by far.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let key = Int(truncatingIfNeeded: hash)
        let mask = slots.count - 1
        var slot = key & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { break }
            if hashes[entry] == key, lengths[entry] == bytes.count, arenaMatches(offsets[entry], bytes) { return entry }
            slot = (slot + 1) & mask
        }
        let entry = hashes.count
        offsets.append(arena.count)
        lengths.append(bytes.count)
        hashes.append(key)
        arena.append(contentsOf: bytes)
        slots[slot] = entry
        if hashes.count * 2 > slots.count { grow() }
        return entry
    }

    private func arenaMatches(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            for index in 0..<bytes.count where stored[offset + index] != bytes[index] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
