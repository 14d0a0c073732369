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
        var relay = TokenRelay(context: context, callback: tokenCallback, isQuery: tokenization.contains(.query))
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
        var parts: [Range<Int>] = []
        var lower = 0
        for upper in partEnds {
            if upper > lower { parts.append(lower..<upper) }
            lower = upper
        }
        guard let first = parts.first else { return 0 }
        if parts.count == 1 { return emit(first, flags: flags, start: start, end: end) }
        let joined = parts.reduce(into: [UInt8]()) { $0 += folded[$1] }
        if isQuery { return emit(bytes: joined, flags: flags, start: start, end: end) }
        var code = emit(first, flags: flags, start: start, end: end)
        if code == 0 {
            code = emit(bytes: joined, flags: flags | FTS5TokenFlags.colocated.rawValue, start: start, end: end)
        }
        for part in parts.dropFirst() where code == 0 {
            code = emit(part, flags: flags, start: start, end: end)
        }
        return code
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
