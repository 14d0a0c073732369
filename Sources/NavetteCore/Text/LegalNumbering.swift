/// The French legal-numbering vocabulary, in one place: the Latin adverbs that number insertions
/// (`7 bis`, `II ter`), Roman numerals (`IV`, `Ier`), and (in `FrenchNumbers`) cardinals and ordinals
/// written in words. Readers, lineage and the application of amendments all use these.
public enum Latin {
    /// The adverbs in use between two numbered divisions, in order: `II` -> `II bis` -> `II ter`.
    public static let adverbs = [
        "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies",
    ]

    /// A regular-expression alternation of `adverbs`: `bis|ter|…|decies`.
    public static let pattern = adverbs.joined(separator: "|")

    /// Rank of a Latin multiplicative ordinal (`bis` = 2 … `tricies` = 30, spelling variants
    /// included), nil if the word is not one.
    public static func rank(_ word: String) -> Int? { ranks[word] }

    /// The next label of an insertion after `label`: `II` -> `II bis`, `II bis` -> `II ter`.
    static func next(after label: String) -> String {
        let words = label.split(separator: " ").map(String.init)
        if let last = words.last, let index = adverbs.firstIndex(of: last), index + 1 < adverbs.count {
            return (words.dropLast() + [adverbs[index + 1]]).joined(separator: " ")
        }
        return label + " bis"
    }

    private static let ranks: [String: Int] = {
        let names: [(Int, [String])] = [
            (2, ["bis"]), (3, ["ter"]), (4, ["quater"]), (5, ["quinquies"]), (6, ["sexies"]),
            (7, ["septies"]), (8, ["octies"]), (9, ["nonies", "novies"]), (10, ["decies"]),
            (11, ["undecies"]), (12, ["duodecies"]), (13, ["terdecies", "tredecies"]),
            (14, ["quaterdecies"]), (15, ["quindecies", "quinquiesdecies"]),
            (16, ["sexdecies", "sexiesdecies"]), (17, ["septdecies", "septiesdecies"]),
            (18, ["octodecies", "octiesdecies", "duodevicies"]),
            (19, ["novodecies", "noniesdecies", "undevicies"]), (20, ["vicies"]),
            (21, ["unvicies", "semel vicies"]), (22, ["duovicies", "bis vicies"]),
            (23, ["tervicies", "ter vicies"]), (24, ["quatervicies"]), (25, ["quinvicies"]),
            (26, ["sexvicies"]), (27, ["septvicies"]), (28, ["octovicies", "duodetricies"]),
            (29, ["novovicies", "undetricies"]), (30, ["tricies"]),
        ]
        var table: [String: Int] = [:]
        for (rank, words) in names { for word in words { table[word] = rank } }
        return table
    }()
}

/// Roman numerals of paragraph and division designations (`IV`, `II bis` → 2; 4 → `IV`).
public enum Roman {
    private static let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]

    public static func value(_ label: String) -> Int? {
        let letters = label.prefix(while: { values[$0] != nil })
        guard !letters.isEmpty else { return nil }
        var total = 0
        var previous = 0
        for letter in letters.reversed() {
            let value = values[letter]!
            if value < previous {
                total -= value
            } else {
                total += value
                previous = value
            }
        }
        return total
    }

    public static func string(_ value: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
            (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var result = ""
        for (amount, letters) in table {
            while rest >= amount {
                result += letters
                rest -= amount
            }
        }
        return result
    }
}
