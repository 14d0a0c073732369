#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Substring search on raw bytes: format sniffing and the entity check look at bytes before any
/// decoding, and String search was most of the cost of reading small files. `memchr` looks for the
/// needle's rarest byte (`<` starts most needles and every tag; `k` of `akomantoso` is rare), then
/// `memcmp` checks the whole needle there.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let pin = pattern.baseAddress, !pattern.isEmpty else { return true }
            return haystack.withUnsafeBufferPointer { hay in
                guard let base = hay.baseAddress, hay.count >= pattern.count else { return false }
                let anchor = pattern.indices.min { commonness(pattern[$0]) < commonness(pattern[$1]) }!
                // The anchor byte's possible places: the needle's start runs from 0 to `hay.count - pattern.count`.
                var offset = anchor
                let last = hay.count - pattern.count + anchor
                while offset <= last {
                    guard let found = memchr(base + offset, Int32(pattern[anchor]), last - offset + 1) else {
                        return false
                    }
                    let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                    if memcmp(base + position - anchor, pin, pattern.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }

    /// How often a byte turns up in markup and French text, roughly (lower is rarer; letters in
    /// either case).
    private static func commonness(_ byte: UInt8) -> Int {
        switch byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0) {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "\""), UInt8(ascii: "="),
            UInt8(ascii: " "), 0x0A, 0x09, 0x0D:
            return 20
        case UInt8(ascii: "e"): return 15
        case UInt8(ascii: "a"), UInt8(ascii: "s"), UInt8(ascii: "i"), UInt8(ascii: "t"), UInt8(ascii: "n"),
            UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "o"), UInt8(ascii: "l"):
            return 8
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "-"):
            return 5
        case UInt8(ascii: "d"), UInt8(ascii: "c"), UInt8(ascii: "m"), UInt8(ascii: "p"), UInt8(ascii: "_"):
            return 3
        case UInt8(ascii: "v"), UInt8(ascii: "q"), UInt8(ascii: "f"), UInt8(ascii: "b"), UInt8(ascii: "g"),
            UInt8(ascii: "h"), UInt8(ascii: ":"):
            return 2
        case UInt8(ascii: "j"), UInt8(ascii: "x"), UInt8(ascii: "y"), UInt8(ascii: "z"), UInt8(ascii: "k"),
            UInt8(ascii: "w"), UInt8(ascii: "!"), UInt8(ascii: "{"), UInt8(ascii: "["):
            return 0
        default: return 1
        }
    }

    /// The bytes with ASCII letters lowercased (other bytes unchanged).
    /// Written in place (format detection does this to the first 4 kB of every file it reads).
    static func asciiLowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { output, count in
            bytes.withUnsafeBufferPointer { input in
                for index in input.indices {
                    let byte = input[index]
                    output[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
            }
            count = bytes.count
        }
    }

    /// True when `text` holds `needle` (lowercase ASCII), its ASCII letters in either case.
    static func containsASCIICaseInsensitive(_ text: String, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard !pattern.isEmpty, bytes.count >= pattern.count else { return pattern.isEmpty }
            for start in 0...(bytes.count - pattern.count) {
                var matched = 0
                while matched < pattern.count {
                    let byte = bytes[start + matched]
                    guard (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == pattern[matched] else { break }
                    matched += 1
                }
                if matched == pattern.count { return true }
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(search) ?? Array(text.utf8).withUnsafeBufferPointer(search)
    }
}
