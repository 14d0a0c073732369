import TestSupport
import Testing

@testable import NavetteFormats

/// windows-1252 decoding goes through a table of UTF-8 sequences; it must give what mapping byte by byte to
/// scalars gives (its former definition): the code page's characters for 0x80–0x9F, the scalar of the same
/// value for its holes and for 0xA0–0xFF.
@Suite struct TextDecodingWindows1252Tests {
    static let codePage: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]

    static func byScalars(_ bytes: [UInt8]) -> [UInt8] {
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(codePage[byte] ?? Unicode.Scalar(byte)) }
        return Array(String(text).utf8)
    }

    @Test func everyByteDecodesToItsCharacter() {
        for byte in UInt8.min...UInt8.max {
            #expect(
                TextDecoding.windows1252ToUTF8([0x61, byte, 0x62]) == Self.byScalars([0x61, byte, 0x62]), "\(byte)")
        }
        #expect(TextDecoding.windows1252ToUTF8([]) == [])
        #expect(
            TextDecoding.decode([0x6C, 0x92, 0x9C, 0x75, 0x76, 0x72, 0x65, 0xE0, 0x80], as: .windows1252) == "l’œuvreà€"
        )
    }

    @Test func randomPagesDecodeAsByScalars() {
        var random = SeededRandom(state: 11)
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.next(30) {
                // ASCII runs with high bytes between them, as on an AN or Sénat page.
                bytes +=
                    random.next(2) == 0
                    ? [UInt8(0x80 + random.next(0x80))] : (0..<random.next(20)).map { _ in UInt8(random.next(0x80)) }
            }
            #expect(TextDecoding.windows1252ToUTF8(bytes) == Self.byScalars(bytes), "\(bytes)")
        }
    }
}
