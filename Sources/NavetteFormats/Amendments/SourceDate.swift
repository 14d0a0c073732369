import NavetteCore

/// Dates as the parliamentary sources print them (numeric or spelled out), turned into ISO `yyyy-mm-dd`.
enum SourceDate {
    /// `19/10/2016`, `2018-06-07`, `2018-07-18T18:28:03`, `16 avril 2013`, `1er janvier 2023`; nil
    /// when the text holds no date.
    static func iso(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingSpaces()
        if trimmed.count >= 10 {
            let head = Array(trimmed.prefix(10))
            if head[4] == "-", head[7] == "-", let year = Int(String(head[0..<4])),
                let month = Int(String(head[5..<7])),
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
    static func spelled(in text: String) -> String? { FrenchDate.first(in: text) }

    private static func format(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month), (1...31).contains(day), year > 1800 else { return nil }
        let pad = { (value: Int, width: Int) in
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
