extension HTMLText {
    /// `collapseCharacters` on the UTF-8 bytes, nil when a space might not be a character of its own.
    ///
    /// Tab, line feed and carriage return always stand alone as characters (Unicode's grapheme rules
    /// break around controls, `"\r\n"` aside, which collapses the same as two). A space joins the
    /// scalar after it when that is a combining mark, a joiner or a spacing mark, and the one before
    /// it when that is a "prepend" mark: rare in any text, absent from French, and then the
    /// character-by-character way decides. Screening is done on the scalars next to each space only.
    static func collapsedBytes(_ input: UnsafeBufferPointer<UInt8>) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var pendingSpace = false
        for index in input.indices {
            let byte = input[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if byte == 0x20, !spaceStandsAlone(input, at: index) { return nil }
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(0x20) }
            pendingSpace = false
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the space at `index` is a character of its own: the scalars around it cannot join it.
    private static func spaceStandsAlone(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80, !cannotExtend(scalar(in: bytes, at: index + 1)) {
            return false
        }
        if index > 0, bytes[index - 1] >= 0x80 {
            var start = index - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let before = scalar(in: bytes, at: start)
            // Unicode's prepend marks are all in these ranges (Arabic to Malayalam, and beyond the BMP).
            if (0x600..<0x2000).contains(before) || before >= 0x10000 { return false }
        }
        return true
    }

    /// Scalars that never join the character before them: Latin letters and their accents as
    /// precomposed letters, general punctuation (but the zero-width joiners), currency, letterlike
    /// symbols, arrows and mathematical signs, Latin ligatures. Anything else takes the careful way.
    static func cannotExtend(_ value: UInt32) -> Bool {
        switch value {
        case 0x80..<0x300, 0x2000..<0x200C, 0x200E..<0x2070, 0x20A0..<0x20D0, 0x2100..<0x2C00, 0xFB00...0xFB06,
            0xFFFD:
            true
        default: false
        }
    }

    /// The scalar value whose UTF-8 encoding starts at `index` (the bytes are a `String`'s: valid).
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < bytes.count ? UInt32(bytes[index + offset] & 0x3F) : 0
        }
        switch lead {
        case 0..<0x80: return lead
        case 0xC0..<0xE0: return (lead & 0x1F) << 6 | continuation(1)
        case 0xE0..<0xF0: return (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
        default: return (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
        }
    }
}
