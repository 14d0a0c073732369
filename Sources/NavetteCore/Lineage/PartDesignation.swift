/// The designation that opens a part of an article: `II.`, `B.`, `3° bis`, `a)`.
///
/// Used to find, in an earlier text, the alinéas that a partial placeholder such as
/// `II. – (Non modifié)` stands for: from the `II.` alinéa to the next part of the same level or above.
struct PartDesignation: Hashable, Sendable {
    /// Nesting levels of French legislative drafting, from the innermost.
    enum Level: Int, Comparable, Sendable {
        case lowerLetter = 0, arabic, upperLetter, roman
        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    let level: Level
    /// Folded designation with its suffixes: `ii`, `3° bis`, `a`, `1° a`.
    let key: String

    /// The designation opening an alinéa (folded text), nil when it has none or is quoted text.
    init?(openingOf folded: String) {
        self.init(Substring(folded), atEnd: false)
    }

    /// The designations named by a partial placeholder's part: `III à VI` gives III and VI.
    static func parts(_ part: String) -> [PartDesignation] {
        var text = part
        if let open = text.firstIndex(of: "(") { text = String(text[..<open]) }  // "(nouveaux)"
        let pieces = text.replacing(" à ", with: "|").replacing(" et ", with: "|").replacing(",", with: "|")
        return pieces.split(separator: "|").compactMap {
            PartDesignation(Substring($0.trimming(" .-")), atEnd: true)
        }
    }

    /// Parses the designation at the start of `text`. `atEnd`: the designation may end the text (a
    /// placeholder's part) instead of being followed by its punctuation (`II. -`, `a)`, `3° `).
    private init?(_ text: Substring, atEnd: Bool) {
        var words = text.prefix(64).split(separator: " ", omittingEmptySubsequences: true)
        // "III (nouveau). –": the flag sits between the designation and its punctuation.
        if let flag = words.prefix(4).firstIndex(where: { $0.hasPrefix("(nouv") }), flag > 0 {
            if words[flag].hasSuffix(".") { words[flag - 1] += "." }
            words.remove(at: flag)
        }
        guard var head = words.first, let first = head.first, first != "\"" else { return nil }
        var rest = Array(words.dropFirst())
        var suffixes: [String] = []
        // Latin suffix and capital letter after the number: "3° bis", "1° A", "II bis.".
        func takeSuffixes() -> Bool {
            var closed = false
            while let word = rest.first {
                let bare = word.trimming(".)")
                let isLatin = ArticleNumber.latinRank(bare.lowercased()) != nil
                // A capital letter only when what follows starts a sentence ("1° A L'article…"),
                // not "1° A l'article…".
                let next = rest.dropFirst().first?.first
                let isCapital = bare.count == 1 && bare.first!.isASCII && bare.first!.isUppercase
                    && (next.map { $0.isUppercase || $0 == "\"" || $0 == "(" } ?? true)
                guard isLatin || isCapital else { break }
                suffixes.append(bare.lowercased())
                rest.removeFirst()
                if word.hasSuffix(".") || word.hasSuffix(")") { closed = true; break }
            }
            return closed
        }
        if let degree = head.firstIndex(of: "°") {
            let digits = head[..<degree]
            guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return nil }
            _ = takeSuffixes()
            self.init(level: .arabic, key: ([digits + "°"] + suffixes).joined(separator: " "))
            return
        }
        if head.count >= 2, head.last == ")", head.dropLast().allSatisfy({ $0.isLowercase }), head.count <= 3 {
            self.init(level: .lowerLetter, key: String(head.dropLast()))
            return
        }
        var closed = false
        if head.last == "." { head = head.dropLast(); closed = true }
        guard !head.isEmpty, head.allSatisfy({ $0.isUppercase && $0.isASCII }) else {
            // A lower letter named alone in a placeholder's part: "a".
            if atEnd, head.count == 1, head.first!.isLowercase, rest.isEmpty {
                self.init(level: .lowerLetter, key: String(head))
                return
            }
            return nil
        }
        if !closed { closed = takeSuffixes() }
        let followedByDash = rest.first.map { $0 == "-" || $0.hasPrefix("-") } ?? false
        guard closed || followedByDash || (atEnd && rest.isEmpty) else { return nil }
        let romanLetters: Set<Character> = ["I", "V", "X", "L", "C", "D", "M"]
        let isRoman = head.allSatisfy { romanLetters.contains($0) } && (head.count > 1 || "IVX".contains(head.first!))
        guard isRoman || head.count == 1 else { return nil }
        self.init(level: isRoman ? .roman : .upperLetter, key: ([head.lowercased()] + suffixes).joined(separator: " "))
    }

    private init(level: Level, key: String) {
        self.level = level
        self.key = key
    }

    /// The alinéas of `alineas` that the parts cover: from the first part's opening alinéa to the end
    /// of the last part (next designation of the same level or above, outside quoted text).
    static func range(of parts: [PartDesignation], in alineas: [Alinea]) -> Range<Int>? {
        guard let first = parts.first, let last = parts.last else { return nil }
        let openings = alineas.map { PartDesignation(openingOf: $0.folded) }
        guard let start = openings.firstIndex(where: { $0 == first }) else { return nil }
        let lastStart = openings[start...].firstIndex { $0 == last } ?? start
        var end = lastStart + 1
        while end < alineas.count {
            if let opening = openings[end], opening.level >= last.level { break }
            end += 1
        }
        return start..<end
    }
}
