import TestSupport
import Testing

@testable import NavetteFormats

/// `TextDecoding.detect` validates UTF-8 with the standard library's validator; it must say UTF-8 exactly
/// when decoding scalar by scalar (its former definition) meets no error, on byte strings full of the
/// edge cases: overlong forms, surrogates, code points past U+10FFFF, stray continuation bytes, sequences
/// cut short at the end.
@Suite struct TextDecodingDetectTests {
    static func decodesScalarByScalar(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    @Test func detectAgreesWithScalarDecodingOnEdgeCases() {
        let pieces: [[UInt8]] = [
            [0x41], [0x20], [0x7F], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xC3, 0xA9],
            [0xDF, 0xBF],
            [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xE2, 0x80, 0x99], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
            [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE2, 0x80], [0xF0, 0x9F], [0xC3],
        ]
        var random = SeededRandom(state: 7)
        var utf8 = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = random.next(10) == 0 ? [] : [0x3C]
            for _ in 0..<random.next(12) {
                // Mostly ASCII runs (the validator's fast path), with an edge case now and then.
                bytes +=
                    random.next(3) == 0
                    ? pieces[random.next(pieces.count)] : Array(repeating: 0x61, count: random.next(40))
            }
            let expected: TextDecoding.Encoding = Self.decodesScalarByScalar(bytes) ? .utf8 : .windows1252
            if expected == .utf8 { utf8 += 1 }
            #expect(TextDecoding.detect(bytes) == expected, "\(bytes)")
        }
        #expect(utf8 > 2_000 && utf8 < 18_000, "both outcomes should be drawn often (\(utf8) UTF-8)")
    }
}
