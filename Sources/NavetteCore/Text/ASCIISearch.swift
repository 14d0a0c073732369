/// `firstRange(of:)` and `contains(_:)` for an ASCII needle, searched as bytes: the character-by-
/// character search of the standard library costs microseconds a call, and the amendment readers
/// make a dozen calls per amendment on short labels.
///
/// The result is the standard library's: a byte match is a match of characters when no character
/// starts before it or runs on after it. That is sure when the bytes around the match are ASCII (a
/// non-ASCII neighbour might be a combining or a prepended mark); otherwise the character-by-
/// character search decides, as it does for a needle that is not plain ASCII.
public enum ASCIISearch {
    public static func firstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard isPlain(pattern) else { return text.firstRange(of: needle) }
        let found = text.utf8.withContiguousStorageIfAvailable { match(pattern, in: $0) }
        return range(found, pattern: pattern, in: text) ?? text.firstRange(of: needle)
    }

    public static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard isPlain(pattern) else { return text.firstRange(of: needle) }
        let found = text.utf8.withContiguousStorageIfAvailable { match(pattern, in: $0) }
        return range(found, pattern: pattern, in: Substring(text)) ?? text.firstRange(of: needle)
    }

    public static func contains(_ text: String, _ needle: String) -> Bool { firstRange(of: needle, in: text) != nil }

    /// What the byte search says: no match (`.absent`), a match the characters agree with, or doubt.
    private enum Found {
        case absent
        case at(Int)
        case doubtful
    }

    /// `.some(range)` for a sure match, `.some(nil)` for none, nil to ask the standard library (a
    /// doubtful match, or bytes that were not contiguous).
    private static func range(_ found: Found?, pattern: [UInt8], in text: Substring) -> Range<String.Index>?? {
        switch found {
        case .absent: return .some(nil)
        case .at(let offset):
            let lower = text.utf8.index(text.startIndex, offsetBy: offset)
            return lower..<text.utf8.index(lower, offsetBy: pattern.count)
        case .doubtful, nil: return nil
        }
    }

    private static func isPlain(_ pattern: [UInt8]) -> Bool {
        !pattern.isEmpty && pattern.allSatisfy { $0 < 0x80 && $0 != 0x0D && $0 != 0x0A }
    }

    private static func match(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Found {
        guard bytes.count >= pattern.count else { return .absent }
        let first = pattern[0]
        var offset = 0
        let last = bytes.count - pattern.count
        search: while offset <= last {
            guard bytes[offset] == first else {
                offset += 1
                continue
            }
            for index in 1..<pattern.count where bytes[offset + index] != pattern[index] {
                offset += 1
                continue search
            }
            let end = offset + pattern.count
            let aligned = (offset == 0 || bytes[offset - 1] < 0x80) && (end == bytes.count || bytes[end] < 0x80)
            return aligned ? .at(offset) : .doubtful
        }
        return .absent
    }
}
