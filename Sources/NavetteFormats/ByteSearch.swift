#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Substring search on raw bytes (`memchr` for the first byte, `memcmp` for the rest): format
/// sniffing and the entity check look at bytes before any decoding, and String search was most of
/// the cost of reading small files.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
        return haystack.withUnsafeBytes { hay in
            pattern.withUnsafeBytes { pin in
                guard let base = hay.baseAddress, let first = pin.first, let rest = pin.baseAddress else {
                    return false
                }
                var offset = 0
                let last = hay.count - pin.count
                while offset <= last {
                    guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                    let position = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(base + position, rest, pin.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
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
