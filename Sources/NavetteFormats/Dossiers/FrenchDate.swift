import Foundation

/// Dates as dossier pages print them: `1er avril 2015`, `12 juillet 2010`, `(15, 16 et 22 novembre 2016)`.
enum FrenchDate {
    private static let months = [
        "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
        "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "décembre": 12,
    ]

    private static let pattern = try! NSRegularExpression(
        pattern: #"\b(\d{1,2})(?:er)?[\s\x{00A0}]+([a-zéèûôA-ZÉ]+)[\s\x{00A0}]+(\d{4})\b"#)

    /// Every date in `text`, in order, as `yyyy-mm-dd`.
    static func all(in text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { match in
            guard let day = Range(match.range(at: 1), in: text).flatMap({ Int(text[$0]) }),
                let name = Range(match.range(at: 2), in: text).map({ text[$0].lowercased() }),
                let month = months[name],
                let year = Range(match.range(at: 3), in: text).flatMap({ Int(text[$0]) }),
                (1...31).contains(day)
            else { return nil }
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
    }

    /// The last date written in `text` (the one a list of sitting days ends with).
    static func last(in text: String) -> String? { all(in: text).last }

    /// An ISO 8601 timestamp (`2019-06-10T22:00:00Z`, `2017-10-11T00:00:00.000+02:00`) as the date it
    /// was in Paris.
    static func parisDate(iso timestamp: String) -> String? {
        let formatter = ISO8601DateFormatter()
        var date = formatter.date(from: timestamp)
        if date == nil {
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            date = formatter.date(from: timestamp)
        }
        guard let date else {
            // A plain date prefix is already a calendar date.
            let prefix = String(timestamp.prefix(10))
            return prefix.count == 10 && prefix.dropFirst(4).first == "-" ? prefix : nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
