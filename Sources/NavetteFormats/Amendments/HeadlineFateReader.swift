import NavetteCore

/// Reads an amendment's fate from its page. The amendment readers (AN XML/JSON, Sénat Ameli) plug in
/// here; until they do, `HeadlineFateReader` reads the fate printed in a page's headline.
public protocol AmendmentFateReading: Sendable {
    /// The fate the page gives amendment `number`, in the manifest's words (`adopté`, `rejeté`,
    /// `retiré`, `tombé`, `non soutenu`, `irrecevable`, `non examiné`), nil when it gives none.
    /// - Throws: `ReadError` when the bytes are not a readable page.
    func fate(of number: String, in bytes: [UInt8], file: String) throws -> String?
}

/// The fate as NosDéputés and NosSénateurs print it in the headline (`Amendement N° 70 (Rejeté)`),
/// or on a `Sort : Adopté` line.
public struct HeadlineFateReader: AmendmentFateReading {
    public init() {}

    public func fate(of number: String, in bytes: [UInt8], file: String) throws -> String? {
        let text = try TextDecoding.decode(bytes, file: file, expected: "an amendment page")
        for line in text.split(whereSeparator: \.isNewline).prefix(40) {
            let key = Folding.key(String(line)).trimmingCharacters(in: .whitespaces)
            if key.hasPrefix("amendement n"), let open = key.lastIndex(of: "("), key.hasSuffix(")") {
                if let fate = Self.word(String(key[key.index(after: open)...].dropLast())) { return fate }
            }
            if key.hasPrefix("sort"), let colon = key.firstIndex(of: ":") {
                if let fate = Self.word(String(key[key.index(after: colon)...])) { return fate }
            }
        }
        return nil
    }

    /// `Rejeté`, `Adoptés`, `Tombée` -> the manifest's word, through NavetteCore's fate normalisation.
    static func word(_ key: String) -> String? {
        let fate = AmendmentFate(sort: key)
        return fate == .unknown ? nil : fate.rawValue
    }
}
