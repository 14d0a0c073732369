import NavetteCore

/// The parliamentary texts of a manifest's bill on which amendments are filed: chamber, number and,
/// when it can be told, legislature (AN) or session (Sénat), so that article 7 of text 939 of the
/// 16th legislature is not taken for article 7 of another bill numbered 939.
public struct DossierText: Sendable, Hashable {
    public var chamber: Chamber
    /// Digits only, without leading zeros (`939` for `PRJLANR5L16BTC0939`).
    public var number: String
    public var legislature: String?

    /// The texts of the manifest's readings, in order, each once: the AN uid of an amendment list
    /// (`within: PRJLANR5L16BTC0939`) when there is one, else the first `n° N` of the reading's number
    /// (`Sénat n° 220 (2022-2023)`). Adopted texts (`T.A.`), decisions and laws are left out.
    public static func texts(of manifest: Manifest) -> [DossierText] {
        var texts: [DossierText] = []
        for reading in manifest.readings {
            for text in Self.texts(of: reading) where !texts.contains(text) { texts.append(text) }
        }
        return texts
    }

    /// The text a reading's amendments were filed on, by reading id.
    public static func byReading(_ manifest: Manifest) -> [String: DossierText] {
        var map: [String: DossierText] = [:]
        for reading in manifest.readings { map[reading.id] = texts(of: reading).first }
        return map
    }

    static func texts(of reading: ManifestReading) -> [DossierText] {
        let fromUIDs = reading.amendmentLists.compactMap { $0.within.flatMap(fromUID) }
        if !fromUIDs.isEmpty { return fromUIDs }
        guard [.assemblee, .senat, .cmp].contains(reading.chamber), let printed = reading.number,
            let mark = printed.range(of: "n°"), !printed[..<mark.lowerBound].contains("T.A")
        else { return [] }
        let number = digits(printed[mark.upperBound...].drop { $0 == " " || $0 == "\u{A0}" }.prefix(while: \.isNumber))
        guard !number.isEmpty else { return [] }
        var chamber = reading.chamber
        if chamber == .cmp { chamber = printed[..<mark.lowerBound].contains("AN") ? .assemblee : .senat }
        return [DossierText(chamber: chamber, number: number, legislature: legislature(chamber, reading, printed))]
    }

    /// `PRJLANR5L16BTC0939` -> AN, 939, legislature 16.
    static func fromUID(_ uid: String) -> DossierText? {
        guard let l = uid.range(of: "R5L"), let b = uid[l.upperBound...].firstIndex(of: "B") else { return nil }
        let legislature = String(uid[l.upperBound..<b])
        let number = digits(uid[uid.index(after: b)...].drop { !$0.isNumber })
        guard !legislature.isEmpty, legislature.allSatisfy(\.isNumber), !number.isEmpty else { return nil }
        return DossierText(chamber: .assemblee, number: number, legislature: legislature)
    }

    /// The AN legislature of a date, or the Sénat session (`2022-2023`, from October to September),
    /// or the session printed in the number; nil when neither is known.
    static func legislature(_ chamber: Chamber, _ reading: ManifestReading, _ printed: String) -> String? {
        if chamber == .senat, let open = printed.firstIndex(of: "("),
            let session = printed[printed.index(after: open)...].split(separator: ")").first,
            session.count == 9, session.allSatisfy({ $0.isNumber || $0 == "-" })
        {
            return String(session)
        }
        guard let date = reading.date, date.count >= 7, let year = Int(date.prefix(4)),
            let month = Int(date.dropFirst(5).prefix(2))
        else { return nil }
        if chamber == .senat { return month >= 10 ? "\(year)-\(year + 1)" : "\(year - 1)-\(year)" }
        let starts = [("2024-07-18", "17"), ("2022-06-28", "16"), ("2017-06-27", "15"), ("2012-06-26", "14")]
        return starts.first { date >= $0.0 }?.1
    }

    /// `TC0939` -> `939`: the digits of a text's number, without leading zeros.
    public static func digits(_ number: some StringProtocol) -> String {
        let digits = number.filter(\.isNumber).drop { $0 == "0" }
        return String(digits)
    }

    /// Whether an amendment read from the index was filed on this text: the same chamber and number,
    /// and the same legislature when both are known.
    public func holds(_ amendment: Amendment) -> Bool {
        guard amendment.chamber == chamber, let bill = amendment.text.bill, Self.digits(bill) == number else {
            return false
        }
        guard let legislature, let theirs = amendment.text.legislature else { return true }
        return theirs == legislature
    }
}
