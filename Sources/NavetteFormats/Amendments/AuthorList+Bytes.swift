extension AuthorList {
    /// `segmentCharacters` on the UTF-8 bytes; nil when a character of the text might be made of
    /// several scalars, where only the character-by-character way is right.
    ///
    /// When every scalar is ASCII (carriage return aside: `"\r\n"` is one character) or one that never
    /// joins the character before it (`HTMLText.cannotExtend`), every character is one scalar: the
    /// separators and civilities compared, all ASCII, are then found by comparing bytes, and the one
    /// test on a character, "is uppercase", is the same on its only scalar.
    static func segmentBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard hasSingleScalarCharacters(bytes) else { return nil }
        var pieces: [String] = []
        var start = 0
        var index = 0
        var depth = 0
        var isRole = false
        func piece(_ end: Int) {
            if !isRole, start < end {
                pieces.append(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                        .trimmingSpaces())
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x28 { depth += 1 }
            if byte == 0x29 { depth = max(0, depth - 1) }
            if depth == 0, byte == 0x2C || byte == 0x20 {
                let separator =
                    has(", ", in: bytes, at: index) ? 2 : has(" et ", in: bytes, at: index) ? 4 : 0
                if separator > 0 {
                    let next = index + separator
                    let nameFollows = startsName(bytes, at: next)
                    if nameFollows || separator == 2 {
                        piece(index)
                        start = next
                        isRole = !nameFollows
                        index = next
                        continue
                    }
                }
            }
            index += 1
        }
        piece(bytes.count)
        return pieces.filter { !$0.isEmpty }
    }

    /// `startsName` on the bytes from `index`.
    private static func startsName(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        for prefix in nameStarts where has(prefix, in: bytes, at: index) { return true }
        guard index < bytes.count else { return false }
        let lead = bytes[index]
        if lead < 0x80 { return (0x41...0x5A).contains(lead) }
        return Character(Unicode.Scalar(HTMLText.scalar(in: bytes, at: index)) ?? " ").isUppercase
    }

    /// What `startsName` recognises at the start of a name, besides a capital letter.
    private static let nameStarts: [StaticString] = ["M. ", "Mme ", "Mlle ", "MM. ", "Mmes ", "le Gouvernement", "de "]

    private static func has(_ ascii: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = ascii.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pattern = ascii.utf8Start
        for offset in 0..<count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    private static func hasSingleScalarCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
                continue
            }
            if !HTMLText.cannotExtend(HTMLText.scalar(in: bytes, at: index)) { return false }
            index += lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        }
        return true
    }
}
