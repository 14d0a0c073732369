/// An amendment number as printed (`27`, `CL357`, `COM-100`, `45 rect.`, `I-2 rect. bis`, `1.202`)
/// reduced to keys that match the same amendment across sources.
///
/// `key` keeps the rectification (`45 rect.` → `45 rect`, `I-2 rect. bis` → `i2 rect bis`);
/// `baseKey` drops it, so a vote record citing n° 45 finds `45 rect.`. Prefixes lose their dash and
/// case (`COM-100` and `com100` share `com100`); a leading `n°` or `Amendement` is ignored.
public struct AmendmentNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The letters before the number, lowercased: `cl`, `com`, `i`, `as`; empty for séance numbers.
    public let prefix: String
    /// The digits (and dotted parts, `1.202`) of the number.
    public let digits: String
    /// The rectification words, folded: `[]`, `["rect"]`, `["rect", "bis"]`.
    public let rectification: [String]

    public init(_ printed: String) {
        var words = Folding.key(printed)
            .replacing("n°", with: " ")
            .split(whereSeparator: { $0 == " " }).map(String.init)
        while let first = words.first, ["amendement", "amdt", "n", "no", "numero", "sous-amendement"].contains(first) {
            words.removeFirst()
        }
        // The identifier is the first word (or two, for "CL 357"); the rest is the rectification.
        var identifier = words.first ?? ""
        var rest = Array(words.dropFirst())
        if identifier.allSatisfy({ $0.isLetter || $0 == "-" }), let next = rest.first, next.first?.isNumber == true {
            identifier += next
            rest.removeFirst()
        }
        let compact = identifier.filter { $0 != "-" }
        let letters = compact.prefix { $0.isLetter }
        self.prefix = String(letters)
        self.digits = String(compact.dropFirst(letters.count))
        self.rectification = rest.compactMap { word -> String? in
            let trimmed = word.trimming(".()")
            if trimmed.hasPrefix("rect") { return "rect" }
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The number without its rectification: `i2` for `I-2 rect. bis`.
    public var baseKey: String { prefix + digits }
    /// The number with its rectification: `i2 rect bis`.
    public var key: String { ([baseKey] + rectification).joined(separator: " ") }
    public var description: String { key }
}
