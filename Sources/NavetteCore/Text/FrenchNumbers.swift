/// Numbers and ranks written in words, as dispositifs write them (`les trois alinéas suivants`,
/// `le quatrième alinéa`, `l'avant-dernière phrase`) and headings write them (`DEUXIÈME PARTIE`).
/// Works on `Folding.key` text (no accents).
public enum FrenchNumbers {
    static let cardinals: [String: Int] = [
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
        "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    ]

    static let ordinals: [String: Int] = [
        "premier": 1, "premiere": 1, "premiers": 1, "premieres": 1, "deuxieme": 2, "second": 2, "seconde": 2,
        "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8,
        "neuvieme": 9, "dixieme": 10, "onzieme": 11, "douzieme": 12, "treizieme": 13, "quatorzieme": 14,
        "quinzieme": 15, "seizieme": 16, "dix-septieme": 17, "dix-huitieme": 18, "dix-neuvieme": 19,
        "vingtieme": 20,
    ]

    /// The rank of an ordinal written as a word (`deuxieme` → 2, `seconde` → 2), nil for any other word.
    public static func rank(ofOrdinal key: String) -> Int? { ordinals[key] }

    /// `vingt-sept`, `quarante-deux`, `39`: the value of a cardinal in words or digits.
    static func cardinal(_ word: String) -> Int? {
        if let value = Int(word) { return value }
        if let value = cardinals[word] { return value }
        let tens: [String: Int] = [
            "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        ]
        let pieces = word.split(separator: "-").map(String.init).filter { $0 != "et" }
        guard let first = pieces.first, let base = tens[first] else { return nil }
        let rest = pieces.dropFirst().joined(separator: "-")
        if rest.isEmpty { return base }
        guard let unit = cardinals[rest] ?? cardinals[rest.replacing("et-", with: "")] else { return nil }
        return base + unit
    }

    /// `premier`, `troisième` (as key `troisieme`), `9eme`, `dernier`, `avant-derniere`.
    static func ordinal(_ word: String) -> Ordinal? {
        if word.hasPrefix("dernier") || word.hasPrefix("derniere") { return .last(1) }
        if word.hasPrefix("avant-dernier") || word.hasPrefix("avant-derniere") { return .last(2) }
        if let value = ordinals[word] { return .first(value) }
        for suffix in ["eme", "ieme", "e", "er", "ere"] where word.hasSuffix(suffix) {
            if let value = Int(word.dropLast(suffix.count)) { return .first(value) }
        }
        return nil
    }
}
