/// The divisions an article's alinéas open with (`II. –`, `A. –`, `2°`, `a)`: `Designation`), and the
/// sentences of an alinéa, as amendments name them.
enum ArticleOutline {
    /// The range of lines covered by the division `path` (outermost first) within `scope`.
    static func range(of path: [String], in lines: [String], scope: Range<Int>? = nil) -> Range<Int>? {
        var current = scope ?? 0..<lines.count
        for label in path {
            guard let found = division(label, in: lines, scope: current) else { return nil }
            current = found
        }
        return current
    }

    private static func division(_ label: String, in lines: [String], scope: Range<Int>) -> Range<Int>? {
        let wanted = Folding.key(label)
        for index in scope {
            guard let found = Designation(opening: lines[index]), found.key == wanted else { continue }
            var end = index + 1
            while end < scope.upperBound {
                if let next = Designation(opening: lines[end]), next.level <= found.level { break }
                end += 1
            }
            return index..<end
        }
        return nil
    }

    // MARK: Sentences

    private static let abbreviations: Set<String> = [
        "art", "n", "no", "m", "mm", "mme", "mmes", "cf", "al", "p", "pp", "chap", "ch", "min", "dr", "st", "ste",
        "lo", "av", "bd",
    ]

    /// The sentences of an alinéa as ranges of scalar offsets (each includes its final period).
    static func sentences(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "." || scalar == "!" || scalar == "?", endsSentence(scalars, at: index) {
                result.append(start..<index + 1)
                var next = index + 1
                while next < scalars.count, Folding.isSpace(scalars[next]) { next += 1 }
                start = next
                index = next
                continue
            }
            index += 1
        }
        if start < scalars.count {
            var end = scalars.count
            while end > start, Folding.isSpace(scalars[end - 1]) { end -= 1 }
            if end > start { result.append(start..<end) }
        }
        return result
    }

    private static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var next = index + 1
        guard next < scalars.count, Folding.isSpace(scalars[next]) else { return false }
        while next < scalars.count, Folding.isSpace(scalars[next]) { next += 1 }
        guard next < scalars.count else { return false }
        var first = scalars[next]
        if first == "«" || first == "\"" || first == "“", next + 1 < scalars.count {
            var after = next + 1
            while after < scalars.count, Folding.isSpace(scalars[after]) { after += 1 }
            guard after < scalars.count else { return false }
            first = scalars[after]
        }
        guard first.properties.isUppercase else { return false }
        var wordStart = index
        while wordStart > 0, scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<index]))
        if word.isEmpty { return index > 0 && !(scalars[index - 1] == "." || scalars[index - 1] == "…") }
        if word.count == 1 { return false }
        if word.allSatisfy({ "IVXLC".contains($0) }) { return false }
        return !abbreviations.contains(Folding.key(word))
    }
}
