/// The divisions written at the start of an article's alinéas (`II. –`, `A. –`, `2°`, `a)`), and the
/// sentences of an alinéa, as amendments name them.
enum ArticleOutline {
    /// Nesting level of a designation: Roman paragraphs contain lettered ones, which contain items.
    enum Level: Int, Comparable {
        case roman = 1
        case letter = 2
        case arabic = 3
        case item = 4
        case subItem = 5

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private static let latin = #"(?:\s*(?:"# + Latin.pattern + "))?"
    private static let roman = Pattern(#"^([IVXL]+"# + latin + #"(?:\s+[A-Z]{1,3}"# + latin + #")?)\s*\.?\s*-"#)
    private static let letter = Pattern(#"^([A-Z]"# + latin + #")\s*\.?\s*-"#)
    private static let arabic = Pattern(#"^([0-9]+)\.\s+-?\s*\S"#)
    private static let item = Pattern(#"^([0-9]+\s*°"# + latin + ")")
    private static let subItem = Pattern(#"^([a-z]"# + latin + #")\s*\)"#)

    /// The designation an alinéa opens with, unless it is quoted text (a code article in the bill).
    static func designation(of text: String) -> (level: Level, label: String)? {
        let folded = Folding.fold(text.trimmingSpaces())
        guard let first = folded.first, first != "\"" else { return nil }
        let patterns: [(Pattern, Level)] = [
            (roman, .roman), (letter, .letter), (arabic, .arabic), (item, .item), (subItem, .subItem),
        ]
        for (pattern, level) in patterns {
            if let match = pattern.firstMatch(in: folded), let label = match[1] {
                return (level, normalize(label, level: level))
            }
        }
        return nil
    }

    /// `2 °` → `2°`, `a` → `a)`, spaces collapsed: the form `TargetParser` gives designations.
    static func normalize(_ label: String, level: Level) -> String {
        var text = label.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        text = text.replacing(" °", with: "°")
        if level == .subItem, !text.hasSuffix(")") { text += ")" }
        return text
    }

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
            guard let (level, found) = designation(of: lines[index]), Folding.key(found) == wanted else { continue }
            var end = index + 1
            while end < scope.upperBound {
                if let next = designation(of: lines[end]), next.level <= level { break }
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
