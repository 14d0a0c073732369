/// Finds quoted words in an alinéa on a folded form and answers with ranges of the original text,
/// so that the untouched text keeps its typography.
///
/// Spaces of every kind are ignored while matching (`L.O. 135-1` finds `L. O. 135-1`, a no-break
/// space finds a space); typography is folded as `Folding.fold` does. A first pass keeps case and
/// accents; when it finds nothing, a loose pass compares as `Folding.key` does, periods left out. A
/// match must not start or end inside a word.
struct TextMatcher {
    /// The original text as scalars; ranges answered are offsets in this array.
    let scalars: [Unicode.Scalar]
    private let strict: Folded
    private lazy var loose = Folded(scalars, loose: true)

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        strict = Folded(scalars, loose: false)
    }

    /// Non-overlapping occurrences of `needle` inside `limit` (original offsets), in order.
    mutating func ranges(of needle: String, within limit: Range<Int>? = nil) -> [Range<Int>] {
        let found = strict.ranges(of: needle, scalars: scalars, within: limit)
        if !found.isEmpty { return found }
        return loose.ranges(of: needle, scalars: scalars, within: limit)
    }

    /// Calls `body` with the start of every occurrence of `pattern` in `text`, overlapping ones
    /// included, in order: Knuth–Morris–Pratt, O(n + m).
    static func forEachOccurrence(
        of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], _ body: (Int) -> Void
    ) {
        guard !pattern.isEmpty else { return }
        // border[i]: length of the longest proper border of pattern[0...i].
        var border = [Int](repeating: 0, count: pattern.count)
        var length = 0
        for index in pattern.indices.dropFirst() {
            while length > 0, pattern[index] != pattern[length] { length = border[length - 1] }
            if pattern[index] == pattern[length] { length += 1 }
            border[index] = length
        }
        var matched = 0
        for (index, scalar) in text.enumerated() {
            while matched > 0, scalar != pattern[matched] { matched = border[matched - 1] }
            if scalar == pattern[matched] { matched += 1 }
            if matched == pattern.count {
                body(index + 1 - pattern.count)
                matched = border[matched - 1]
            }
        }
    }

    private struct Folded {
        var keys: [Unicode.Scalar] = []
        /// For each key scalar, the offset of the original scalar it comes from.
        var origins: [Int] = []
        let loose: Bool

        /// O(n) for a text of n scalars: ASCII is its own key in the strict pass, and every other
        /// scalar is folded once per distinct scalar.
        init(_ scalars: [Unicode.Scalar], loose: Bool) {
            self.loose = loose
            keys.reserveCapacity(scalars.count)
            origins.reserveCapacity(scalars.count)
            var folded: [Unicode.Scalar: [Unicode.Scalar]] = [:]
            for (offset, scalar) in scalars.enumerated() where !Self.isSkipped(scalar, loose: loose) {
                if scalar.value < 128 && !loose {
                    keys.append(scalar)
                    origins.append(offset)
                    continue
                }
                let keysOfScalar =
                    folded[scalar]
                    ?? {
                        let fold = Self.fold(scalar, loose: loose)
                        folded[scalar] = fold
                        return fold
                    }()
                for key in keysOfScalar {
                    keys.append(key)
                    origins.append(offset)
                }
            }
        }

        /// Spaces never count; in the loose pass, periods do not either, so that a reference written
        /// with or without its dots matches (`L 1211-4` and `L. 1211-4`, `LO 135` and `L.O. 135`).
        static func isSkipped(_ scalar: Unicode.Scalar, loose: Bool) -> Bool {
            Folding.isSpace(scalar) || (loose && scalar == ".")
        }

        static func fold(_ scalar: Unicode.Scalar, loose: Bool) -> [Unicode.Scalar] {
            if scalar.value < 128 && !loose { return [scalar] }
            let text = String(Character(scalar))
            return Array((loose ? Folding.key(text) : Folding.fold(text)).unicodeScalars)
        }

        /// O(n + m) for a text of n keys and a needle of m: the occurrences are found by
        /// Knuth–Morris–Pratt, then kept from left to right when they stand clear of words and of the
        /// occurrence kept before them (a naive search costs n·m on a long run of one letter).
        func ranges(of needle: String, scalars: [Unicode.Scalar], within limit: Range<Int>?) -> [Range<Int>] {
            let pattern = needle.unicodeScalars.filter { !Self.isSkipped($0, loose: loose) }
                .flatMap { Self.fold($0, loose: loose) }
            guard !pattern.isEmpty, pattern.count <= keys.count else { return [] }
            let wordStart = pattern.first.map(Self.isWordScalar) ?? false
            let wordEnd = pattern.last.map(Self.isWordScalar) ?? false
            var result: [Range<Int>] = []
            var resume = 0
            TextMatcher.forEachOccurrence(of: pattern, in: keys) { index in
                guard index >= resume else { return }
                let start = origins[index]
                let end = origins[index + pattern.count - 1] + 1
                let inside = limit.map { start >= $0.lowerBound && end <= $0.upperBound } ?? true
                let startsClean = !wordStart || start == 0 || !Self.isWordScalar(scalars[start - 1])
                let endsClean = !wordEnd || end >= scalars.count || !Self.isWordScalar(scalars[end])
                let wholeEnd = index + pattern.count >= origins.count || origins[index + pattern.count] >= end
                if inside && startsClean && endsClean && wholeEnd {
                    result.append(start..<end)
                    resume = index + pattern.count
                }
            }
            return result
        }

        static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
    }
}
