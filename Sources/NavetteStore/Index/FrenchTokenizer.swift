internal import GRDB

/// The FTS5 tokenizer of the amendment index (`navette_french`): SQLite's `unicode61` does the
/// Unicode work (lowercase, accents removed, apostrophes and punctuation as separators, hyphens kept
/// inside words), then this wrapper folds what `unicode61` leaves alone:
///
/// - ligatures are spelled out: `œuvre` → `oeuvre`, `cæcum` → `caecum`, `ﬁnance` → `finance`;
/// - a hyphenated word (`-` or the no-break hyphen U+2011) is indexed as its parts *and*, at the
///   position of the first part, as its joined form: `vidéo-protection` → `video`, `protection`
///   and `videoprotection`. In a query, a hyphenated word is its joined form only, so that
///   `vidéoprotection`, `vidéo-protection` and `VIDEOPROTECTION` find one another.
///
/// Offsets are those of the original text, so `snippet()` and `highlight()` show the text as printed.
/// Each part carries its own offsets (the joined form those of the first part, where it stands):
/// FTS5's `highlight()` and `snippet()` go through tokens by increasing offsets, and two tokens
/// sharing one range made them append the rest of the text again. `Excerpt` marks the whole
/// hyphenated word whichever of its parts was found.
/// Cost: one pass over each token's bytes; plain ASCII tokens without a hyphen (nearly all of them)
/// go straight through without a copy.
final class FrenchTokenizer: FTS5CustomTokenizer {
    static let name = "navette_french"
    private let unicode61: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        unicode61 = try db.makeTokenizer(.unicode61(diacritics: .remove, tokenCharacters: ["-", "\u{2011}"]))
    }

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        var relay = TokenRelay(
            context: context, callback: tokenCallback, isQuery: tokenization.contains(.query), text: pText,
            textCount: Int(nText))
        return withUnsafeMutablePointer(to: &relay) { pointer in
            unicode61.tokenize(context: pointer, tokenization: tokenization, pText: pText, nText: nText) {
                relay, flags, token, length, start, end in
                guard let relay else { return 1 }  // SQLITE_ERROR
                return relay.assumingMemoryBound(to: TokenRelay.self).pointee
                    .accept(flags: flags, token: token, length: length, start: start, end: end)
            }
        }
    }
}

/// Receives `unicode61`'s tokens and hands SQLite the folded ones.
private struct TokenRelay {
    let context: UnsafeMutableRawPointer?
    let callback: FTS5TokenCallback
    let isQuery: Bool
    /// The text being tokenized, to find where each part of a hyphenated word stands in it.
    let text: UnsafePointer<CChar>?
    let textCount: Int
    /// Folded bytes of the current token, and where each hyphen-separated part ends in them.
    var folded: [UInt8] = []
    var partEnds: [Int] = []

    mutating func accept(flags: CInt, token: UnsafePointer<CChar>?, length: CInt, start: CInt, end: CInt) -> CInt {
        guard let token, length > 0 else { return 0 }
        let bytes = UnsafeRawBufferPointer(start: token, count: Int(length))
        guard bytes.contains(where: { $0 >= 0x80 || $0 == 0x2D }) else {
            return callback(context, flags, token, length, start, end)
        }
        fold(bytes)
        // The parts (empty ones left out), each with where it stands in the text.
        var printed = printedParts(start: start, end: end)
        if printed.count != partEnds.count { printed = [] }
        var parts: [(folded: Range<Int>, start: CInt, end: CInt)] = []
        var lower = 0
        for (index, upper) in partEnds.enumerated() {
            if upper > lower {
                let place = index < printed.count ? printed[index] : (start, end)
                parts.append((lower..<upper, place.0, place.1))
            }
            lower = upper
        }
        guard let first = parts.first else { return 0 }
        if parts.count == 1 { return emit(first.folded, flags: flags, start: start, end: end) }
        let joined = parts.reduce(into: [UInt8]()) { $0 += folded[$1.folded] }
        if isQuery { return emit(bytes: joined, flags: flags, start: start, end: end) }
        var code = emit(first.folded, flags: flags, start: first.start, end: first.end)
        if code == 0 {
            code = emit(
                bytes: joined, flags: flags | FTS5TokenFlags.colocated.rawValue, start: first.start, end: first.end)
        }
        for part in parts.dropFirst() where code == 0 {
            code = emit(part.folded, flags: flags, start: part.start, end: part.end)
        }
        return code
    }

    /// Where each hyphen-separated part of the token `start..<end` stands in the text: the same
    /// separators as `fold` finds (`-`, U+2011), which `unicode61` keeps as they are. Empty when
    /// the offsets do not fit the text (then every part takes the whole token's).
    private func printedParts(start: CInt, end: CInt) -> [(CInt, CInt)] {
        guard let text, start >= 0, start <= end, Int(end) <= textCount else { return [] }
        var result: [(CInt, CInt)] = []
        var partStart = Int(start)
        var index = Int(start)
        let stop = Int(end)
        while index < stop {
            let byte = UInt8(bitPattern: text[index])
            let isNoBreakHyphen =
                byte == 0xE2 && index + 2 < stop && UInt8(bitPattern: text[index + 1]) == 0x80
                && UInt8(bitPattern: text[index + 2]) == 0x91
            if byte == 0x2D || isNoBreakHyphen {
                result.append((CInt(partStart), CInt(index)))
                index += byte == 0x2D ? 1 : 3
                partStart = index
            } else {
                index += 1
            }
        }
        result.append((CInt(partStart), CInt(stop)))
        return result
    }

    /// Copies the token into `folded`, ligatures spelled out, and records the end of each part.
    private mutating func fold(_ bytes: UnsafeRawBufferPointer) {
        folded.removeAll(keepingCapacity: true)
        partEnds.removeAll(keepingCapacity: true)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch byte {
            case 0x2D:
                partEnds.append(folded.count)
                index += 1
            case 0xE2 where next == 0x80 && index + 2 < bytes.count && bytes[index + 2] == 0x91:  // U+2011
                partEnds.append(folded.count)
                index += 3
            case 0xC5 where next == 0x93 || next == 0x92:  // œ Œ
                folded += [0x6F, 0x65]
                index += 2
            case 0xC3 where next == 0xA6 || next == 0x86:  // æ Æ
                folded += [0x61, 0x65]
                index += 2
            case 0xEF where next == 0xAC && index + 2 < bytes.count && (0x80...0x86).contains(bytes[index + 2]):
                folded += Self.latinLigatures[Int(bytes[index + 2] - 0x80)]
                index += 3
            default:
                folded.append(byte)
                index += 1
            }
        }
        partEnds.append(folded.count)
    }

    /// U+FB00…U+FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ.
    private static let latinLigatures: [[UInt8]] = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"].map { Array($0.utf8) }

    private func emit(_ range: Range<Int>, flags: CInt, start: CInt, end: CInt) -> CInt {
        emit(bytes: Array(folded[range]), flags: flags, start: start, end: end)
    }

    private func emit(bytes: [UInt8], flags: CInt, start: CInt, end: CInt) -> CInt {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                callback(context, flags, chars.baseAddress, CInt(chars.count), start, end)
            }
        }
    }
}
