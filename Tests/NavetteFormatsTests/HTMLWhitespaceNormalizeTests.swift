import NavetteCore
import TestSupport
import Testing

@testable import NavetteFormats

/// `HTMLWhitespace.normalize` writes straight into its string and trims only when an end is a space; it
/// must give what collapsing into bytes, decoding and always trimming gave, invalid UTF-8 included.
@Suite struct HTMLWhitespaceNormalizeTests {
    /// The definition: a run of spaces, tabs, CR and LF holding a line break is one space; the ends trimmed.
    static func reference(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        var run: [UInt8] = []
        func endRun() {
            output += run.contains(where: { $0 == 0x0A || $0 == 0x0D }) ? [0x20] : run
            run = []
        }
        for byte in bytes {
            if [0x20, 0x09, 0x0A, 0x0D].contains(byte) {
                run.append(byte)
            } else {
                endRun()
                output.append(byte)
            }
        }
        endRun()
        return String(decoding: output, as: UTF8.self).trimmingSpaces()
    }

    @Test func normalizeIsCollapseDecodeAndTrim() {
        let pieces: [[UInt8]] = [
            [0x20], [0x09], [0x0A], [0x0D], [0x61], [0x2E], Array("é".utf8), Array("\u{A0}".utf8),
            Array("\u{202F}".utf8), Array("\u{2009}".utf8), Array("\u{FEFF}".utf8), Array("’".utf8), [0xC3],
            [0xA0], [0xE2, 0x80], [0xFF],
        ]
        var random = SeededRandom(state: 5)
        var trimmed = 0
        for _ in 0..<20_000 {
            let bytes = (0..<random.next(12)).flatMap { _ in pieces[random.next(pieces.count)] }
            let expected = Self.reference(bytes)
            if expected.utf8.count < bytes.count { trimmed += 1 }
            #expect(HTMLWhitespace.normalize(bytes: bytes) == expected, "\(bytes)")
            #expect(HTMLWhitespace.normalize(bytes: bytes).utf8.elementsEqual(expected.utf8), "\(bytes)")
        }
        #expect(trimmed > 5_000, "inputs with something to collapse or trim should be drawn often (\(trimmed))")
        #expect(HTMLWhitespace.normalize(bytes: Array(" \n Article\u{A0}1er \r\n\u{A0}".utf8)) == "Article\u{A0}1er")
    }
}
