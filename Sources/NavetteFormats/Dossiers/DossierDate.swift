import Foundation
import NavetteCore

/// Dates as dossier pages and feeds give them: spelled out (`1er avril 2015`, through
/// `NavetteCore.FrenchDate`) or as ISO timestamps to be read as the date in Paris.
enum DossierDate {
    /// Every date in `text`, in order, as `yyyy-mm-dd`.
    static func all(in text: String) -> [String] { FrenchDate.all(in: text).map(\.iso) }

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
