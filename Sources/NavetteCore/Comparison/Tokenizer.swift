/// Cuts French legal text into `Token`s for a word diff.
///
/// - Elisions are split after the apostrophe, which stays with the elided word: `l’article` is `l’` +
///   `article`, `jusqu’au` is `jusqu’` + `au`; other apostrophes stay inside the word (`aujourd’hui`).
/// - Code article references are one token: `L. 252-1`, `L. 252‑1` (U+2011), `L.O. 135-1`, `R.* 12`.
///   Their key is canonical (`L.O. 135-1` for `LO 135-1` and `L. O. 135-1`).
/// - Dates are one token (`31 décembre 2024`, `1er janvier 2025`, `mars 2025`), and so are numbers with
///   their thousands groups, decimals, ordinal suffix or degree sign and reference parts (`600 000`,
///   `1,5`, `1er`, `2°`, `62-1292`, `2016/679`, `95/46/CE`).
/// - Each punctuation mark is its own token (guillemets and dashes included); a run of dots is one.
public enum Tokenizer {
    /// Every token of `text`, spaces included, in order; their ranges cover the text exactly.
    public static func tokens(in text: String) -> [Token] {
        tokens(in: text, keepSpaces: true)
    }

    /// The tokens of `text` without the spaces: what the diff compares.
    public static func words(in text: String) -> [Token] {
        tokens(in: text, keepSpaces: false)
    }

    private static func tokens(in text: String, keepSpaces: Bool) -> [Token] {
        let scanner = TokenScanner(text)
        let view = text.utf8
        var index = view.startIndex
        var offset = 0
        func stringIndex(_ target: Int) -> String.Index {
            index = view.index(index, offsetBy: target - offset)
            offset = target
            return index
        }
        return scanner.spans(keepSpaces: keepSpaces).map { span in
            let range = stringIndex(scanner.offsets[span.start])..<stringIndex(scanner.offsets[span.end])
            let slice = Substring(text.unicodeScalars[range])
            let key: String
            switch scanner.key(span) {
            case .original: key = String(slice)
            case .folded(let folded): key = folded
            }
            return Token(kind: span.kind, range: range, text: slice, key: key)
        }
    }

    /// True when `Folding.fold` could change these scalars (kept in step with `Folding.foldScalar` by a
    /// test); most words skip the fold.
    static func needsFolding(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.contains { needsFolding($0) }
    }

    static func needsFolding(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20...0x5F, 0x61...0x7E: return false
        case 0x60, 0xAB, 0xAD, 0xB4, 0xBB, 0xC6, 0xE6, 0x152, 0x153, 0x2BC, 0x2010...0x2015, 0x2018...0x201E,
            0x2026, 0x2032, 0x2033, 0x2212:
            return true
        default:
            return Folding.isSpace(s) || Folding.isCombining(s)
        }
    }
}

/// The scanning behind `Tokenizer`, on an array of scalars with their UTF-8 offsets: spans first,
/// then keys, so the diff can intern keys straight from the text's bytes.
struct TokenScanner {
    struct Span {
        var kind: Token.Kind
        /// Scalar indices.
        var start: Int
        var end: Int
    }

    /// How a span's key is made: its original text as is, or a folded form.
    enum Key {
        case original
        case folded(String)
    }

    let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the UTF-8 offset of scalar `i`; one more entry for the end.
    let offsets: [Int]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    func spans(keepSpaces: Bool) -> [Span] {
        var spans: [Span] = []
        spans.reserveCapacity(scalars.count / 5)
        var i = 0
        while i < scalars.count {
            let (kind, end) = next(at: i)
            if kind != .space || keepSpaces { spans.append(Span(kind: kind, start: i, end: end)) }
            i = end
        }
        return spans
    }

    func key(_ span: Span) -> Key {
        switch span.kind {
        case .space: return .folded(" ")
        case .articleReference: return .folded(referenceKey(span.start, span.end))
        default:
            return Tokenizer.needsFolding(scalars[span.start..<span.end])
                ? .folded(foldedKey(span.start, span.end)) : .original
        }
    }

    /// The kind and end of the token starting at `i`.
    private func next(at i: Int) -> (Token.Kind, Int) {
        let s = scalars[i]
        if Folding.isSpace(s) {
            var end = i + 1
            while end < scalars.count, Folding.isSpace(scalars[end]) { end += 1 }
            return (.space, end)
        }
        let atBoundary = i == 0 || !isAlphanumeric(scalars[i - 1])
        if atBoundary, s == "L" || s == "R" || s == "D", let end = reference(at: i) { return (.articleReference, end) }
        if isDigit(s) {
            if atBoundary, let end = dayMonthDate(at: i) { return (.date, end) }
            return (.number, number(at: i))
        }
        if isLetter(s) {
            let end = word(at: i)
            if atBoundary, let dateEnd = year(after: end), month(at: i) == end { return (.date, dateEnd) }  // mars 2025
            return (.word, end)
        }
        var end = i + 1
        if s == "." { while end < scalars.count, scalars[end] == "." { end += 1 } }
        return (.punctuation, end)
    }

    /// `Folding.fold` of one token, with a shortcut for the marks most tokens carry (the apostrophe of
    /// elisions, the no-break hyphen, single spaces inside dates and numbers); a test holds the shortcut
    /// to `Folding.fold`.
    private func foldedKey(_ start: Int, _ end: Int) -> String {
        var key = String.UnicodeScalarView()
        var afterSpace = false
        for s in scalars[start..<end] {
            switch s.value {
            case 0x2019: key.append("'")
            case 0x2011: key.append("-")
            case 0x20, 0xA0, 0x202F:
                if !afterSpace { key.append(" ") }
                afterSpace = true
                continue
            default:
                if Tokenizer.needsFolding(s) {
                    return Folding.fold(String(String.UnicodeScalarView(scalars[start..<end])))
                }
                key.append(s)
            }
            afterSpace = false
        }
        return String(key)
    }

    // MARK: Words

    private static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ]

    private func word(at i: Int) -> Int {
        var j = i
        while j < scalars.count {
            let s = scalars[j]
            if isAlphanumeric(s) {
                j += 1
            } else if j > i, isHyphen(s), j + 1 < scalars.count, isAlphanumeric(scalars[j + 1]) {
                j += 1
            } else if j > i, isApostrophe(s), j + 1 < scalars.count, isLetter(scalars[j + 1]) {
                if j - i <= 6, TokenScanner.elisions.contains(lowercased(i, j)) { return j + 1 }
                j += 1
            } else if j > i, isApostrophe(s), j - i <= 6, TokenScanner.elisions.contains(lowercased(i, j)) {
                // "l’ État": an elision typed with a space after it is the same elision.
                return j + 1
            } else {
                break
            }
        }
        // "n°": the degree sign belongs to the abbreviation of "numéro".
        if j - i == 1, scalars[i] == "n" || scalars[i] == "N", j < scalars.count, scalars[j] == "°" { j += 1 }
        return j
    }

    // MARK: Numbers and dates

    private func number(at i: Int) -> Int {
        var k = digits(from: i)
        var groupable = k - i <= 3
        while k < scalars.count {
            let s = scalars[k]
            let hasNext = k + 1 < scalars.count
            if hasNext, s == "," || s == ".", isDigit(scalars[k + 1]) {
                k = digits(from: k + 1)
                groupable = false
            } else if hasNext, isHyphen(s) || s == "/", isAlphanumeric(scalars[k + 1]) {
                k += 1
                while k < scalars.count, isAlphanumeric(scalars[k]) { k += 1 }
                groupable = false
            } else if groupable, Folding.isSpace(s), s != "\n", k + 3 < scalars.count,
                isDigit(scalars[k + 1]), isDigit(scalars[k + 2]), isDigit(scalars[k + 3]),
                k + 4 == scalars.count || !isAlphanumeric(scalars[k + 4])
            {
                k += 4  // thousands group: "600 000", "1 500 000"
            } else {
                break
            }
        }
        while k < scalars.count, isLetter(scalars[k]) { k += 1 }  // 1er, 2e, 3ème
        if k < scalars.count, scalars[k] == "°" { k += 1 }
        return k
    }

    /// `31 décembre 2024`, `1er janvier 2025`, `27 avril` (the year is optional).
    private func dayMonthDate(at i: Int) -> Int? {
        var k = digits(from: i)
        guard k - i <= 2 else { return nil }
        let day = scalars[i..<k].reduce(0) { $0 * 10 + Int($1.value) - 48 }
        guard (1...31).contains(day) else { return nil }
        if day == 1, k + 1 < scalars.count, scalars[k] == "e", scalars[k + 1] == "r" { k += 2 }
        guard k < scalars.count, Folding.isSpace(scalars[k]) else { return nil }
        let monthStart = k + 1
        guard let monthEnd = month(at: monthStart) else { return nil }
        return year(after: monthEnd) ?? monthEnd
    }

    private func month(at start: Int) -> Int? {
        var end = start
        while end < scalars.count, isLetter(scalars[end]) { end += 1 }
        guard (3...9).contains(end - start) else { return nil }
        let word = Folding.key(String(String.UnicodeScalarView(scalars[start..<end])))
        return FrenchDate.months[word] != nil ? end : nil
    }

    private func year(after k: Int) -> Int? {
        guard k + 4 < scalars.count, Folding.isSpace(scalars[k]), scalars[k] != "\n" else { return nil }
        let end = digits(from: k + 1)
        guard end - (k + 1) == 4, end == scalars.count || !isAlphanumeric(scalars[end]) else { return nil }
        return end
    }

    // MARK: Article references

    /// `L. 252-1`, `L. 252‑1`, `L.O. 135-1`, `L. O. 135-1`, `LO 135-1`, `R.* 12`, `D. 45-2`.
    private func reference(at i: Int) -> Int? {
        var j = i + 1
        var punctuated = false
        if j < scalars.count, scalars[j] == "O", j + 1 < scalars.count,
            scalars[j + 1] == "." || Folding.isSpace(scalars[j + 1])
        {
            j += 1
        }
        if j < scalars.count, scalars[j] == "." {
            j += 1
            punctuated = true
            var k = j
            if k < scalars.count, Folding.isSpace(scalars[k]) { k += 1 }
            if k + 1 < scalars.count, scalars[k] == "O", scalars[k + 1] == "." { j = k + 2 }
            if j < scalars.count, scalars[j] == "*" { j += 1 }
        }
        var k = j
        while k < scalars.count, k - j < 2, Folding.isSpace(scalars[k]), scalars[k] != "\n" { k += 1 }
        guard k < scalars.count, isDigit(scalars[k]), punctuated || k > j else { return nil }
        k = digits(from: k)
        while k + 1 < scalars.count, isHyphen(scalars[k]) || scalars[k] == ".",
            isDigit(scalars[k + 1])
        {
            k = digits(from: k + 1)
        }
        return k
    }

    /// `L.O. 135-1` for every spelling of the same reference.
    private func referenceKey(_ start: Int, _ end: Int) -> String {
        var hasO = false
        var starred = false
        var k = start + 1
        while k < end, !isDigit(scalars[k]) {
            if scalars[k] == "O" { hasO = true }
            if scalars[k] == "*" { starred = true }
            k += 1
        }
        var key = String(scalars[start]) + (hasO ? ".O." : ".") + (starred ? "* " : " ")
        for s in scalars[k..<end] { key.unicodeScalars.append(isDigit(s) || s == "." ? s : "-") }
        return key
    }

    // MARK: Characters

    private func digits(from i: Int) -> Int {
        var k = i
        while k < scalars.count, isDigit(scalars[k]) { k += 1 }
        return k
    }

    private func lowercased(_ start: Int, _ end: Int) -> String {
        var word = ""
        for s in scalars[start..<end] {
            word.unicodeScalars.append(s.value < 128 ? Unicode.Scalar(s.value | 0x20)! : s)
        }
        return word
    }

    private func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    private func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value | 0x20) >= 97 && (s.value | 0x20) <= 122 }
        // Latin-1 and Latin Extended-A letters (é, à, ç, œ…), the common case, without a table look-up.
        if s.value >= 0xC0 && s.value <= 0x17F { return s.value != 0xD7 && s.value != 0xF7 }
        if s.value == 0xAD { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return s.properties.isAlphabetic
        }
    }

    private func isAlphanumeric(_ s: Unicode.Scalar) -> Bool { isDigit(s) || isLetter(s) }

    private func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}" || s == "\u{2012}" || s == "\u{2013}" || s == "\u{AD}"
    }

    private func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}" || s == "\u{2018}"
    }
}
