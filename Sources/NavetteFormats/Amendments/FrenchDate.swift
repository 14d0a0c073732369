import NavetteCore

/// Dates as the parliamentary sources print them, turned into ISO `yyyy-mm-dd`.
enum FrenchDate {
    /// `19/10/2016`, `2018-06-07`, `2018-07-18T18:28:03`, `16 avril 2013`, `1er janvier 2023`; nil
    /// when the text holds no date.
    static func iso(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingSpaces()
        if trimmed.count >= 10 {
            let head = Array(trimmed.prefix(10))
            if head[4] == "-", head[7] == "-", let year = Int(String(head[0..<4])), let month = Int(String(head[5..<7])),
                let day = Int(String(head[8..<10]))
            {
                return format(year: year, month: month, day: day)
            }
            if head[2] == "/", head[5] == "/", let day = Int(String(head[0..<2])), let month = Int(String(head[3..<5])),
                let year = Int(String(head[6..<10]))
            {
                return format(year: year, month: month, day: day)
            }
        }
        return spelled(in: trimmed)
    }

    /// The first spelled-out date in a text: `… le 22 mars 2023 …` → `2023-03-22`.
    static func spelled(in text: String) -> String? {
        let words = Folding.key(text).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
            .map(String.init)
        guard words.count >= 3 else { return nil }
        for index in 1..<(words.count - 1) {
            guard let month = months[words[index]] else { continue }
            let dayWord = words[index - 1] == "1er" ? "1" : words[index - 1]
            guard let day = Int(dayWord), let year = Int(words[index + 1]), year > 1800 else { continue }
            return format(year: year, month: month, day: day)
        }
        return nil
    }

    private static func format(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month), (1...31).contains(day), year > 1800 else { return nil }
        let pad = { (value: Int, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static let months: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    ]
}
