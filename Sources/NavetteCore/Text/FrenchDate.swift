/// Dates as French legal texts write them: `31 décembre 2024`, `1er juillet 2024`, `6 mars 2023`.
public enum FrenchDate {
    /// A date found in a text, with where it was found.
    public struct Match: Sendable, Hashable {
        /// ISO form `yyyy-mm-dd`.
        public var iso: String
        /// The words as printed.
        public var text: String
        /// Offset of the match in the folded text (for ordering and context).
        public var offset: Int
        /// Whether the date follows `jusqu’au` (an end date).
        public var isEndDate = false
    }

    static let months: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    ]

    /// Every full date (day, month in words, year) in `text`, in order. One pass over the folded
    /// words: O(n) in the length of `text`.
    public static func all(in text: String) -> [Match] {
        let words = Folding.key(text).split(whereSeparator: {
            $0 == " " || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" || $0 == "\"" || $0 == "'"
        })
        var matches: [Match] = []
        var index = 0
        while index + 2 < words.count {
            let dayWord = words[index]
            let day = dayWord == "1er" ? 1 : Int(dayWord)
            if let day, (1...31).contains(day), let month = months[String(words[index + 1])],
                let year = Int(words[index + 2].trimming(".:")), (1800...2200).contains(year)
            {
                let iso = "\(year)-\(twoDigits(month))-\(twoDigits(day))"
                let printed = "\(dayWord) \(words[index + 1]) \(words[index + 2].trimming(".:"))"
                let endDate = index >= 2 && words[index - 2] == "jusqu" && words[index - 1] == "au"
                matches.append(Match(iso: iso, text: printed, offset: index, isEndDate: endDate))
                index += 3
            } else {
                index += 1
            }
        }
        return matches
    }

    /// The first date in `text`, as ISO.
    public static func first(in text: String) -> String? { all(in: text).first?.iso }

    /// A day as a user types it: `2025-10-20` as it is, or a French date (`20 octobre 2025`) in that form.
    public static func day(_ text: String) -> String? {
        let parts = text.split(separator: "-")
        if parts.count == 3, parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            return text
        }
        return first(in: text)
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
