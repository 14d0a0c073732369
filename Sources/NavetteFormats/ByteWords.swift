/// Eight bytes at a time through the byte loops that copy plain runs unchanged (windows-1252 decoding,
/// whitespace collapsing): a whole word is tested and copied where none of its bytes needs a look.
enum ByteWords {
    /// Every high bit of a word: a byte is at least 0x80 where its bit is set.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Copies the eight bytes at `index` to `written` and moves both on when there are eight left and
    /// `isPlain` holds for the word; false (and nothing moved) otherwise.
    @inline(__always)
    static func copyPlainWord(
        from input: UnsafeRawBufferPointer, at index: inout Int,
        to output: UnsafeMutableRawBufferPointer, at written: inout Int,
        where isPlain: (UInt64) -> Bool
    ) -> Bool {
        guard index &+ 8 <= input.count else { return false }
        let word = input.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        guard isPlain(word) else { return false }
        output.storeBytes(of: word, toByteOffset: written, as: UInt64.self)
        written &+= 8
        index &+= 8
        return true
    }

    /// Whether some byte of the word is below 0x21 (space, tab, CR, LF and the other controls); exact,
    /// Bit Twiddling Hacks' `hasless(x, 0x21)`.
    @inline(__always)
    static func hasByteBelow0x21(_ word: UInt64) -> Bool {
        (word &- 0x2121_2121_2121_2121) & ~word & highBits != 0
    }
}
