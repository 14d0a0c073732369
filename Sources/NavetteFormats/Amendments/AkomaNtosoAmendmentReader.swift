import NavetteCore

/// Akoma Ntoso `<amendment>` documents (the Italian Senate's bulk data: `an:preface` with
/// `docNumber` and `docProponent`s, `an:amendmentBody/an:amendmentContent/an:p`). Elements are
/// matched by local name, so any AKN namespace (CSD03, 3.0) reads.
///
/// The Senate numbers amendments `article.sequence` (`1.202` is the 202nd amendment to article 1):
/// the target article comes from that prefix, and a note says so.
enum AkomaNtosoAmendmentReader {
    static func read(_ bytes: [UInt8], file: String) throws -> AmendmentFile {
        let root = try XMLParser.parseXML(bytes, file: file)
        guard let document = root.name == "amendment" ? root : root.first("amendment") else {
            throw ReadError(file: file, "an Akoma Ntoso document without <amendment>, expected an amendment")
        }
        var result = AmendmentFile(file: file, format: .akomaNtoso)
        let work = document.path("meta", "identification", "FRBRWork")
        let printedNumber = document.descendants("docNumber").first.map { HTMLText.line(of: $0) }
        guard let number = work?.first("FRBRnumber")?["value"] ?? printedNumber.map(numberOf) else {
            throw ReadError(file: file, "an Akoma Ntoso amendment without FRBRnumber or docNumber")
        }
        let authors = document.descendants("docProponent").map { HTMLText.line(of: $0) }.filter { !$0.isEmpty }
        let uri = work?.first("FRBRuri")?["value"]
        // ".../Emend/S/<ddl>/A/1.202": A = Assemblea (the floor), C = Commissione.
        let uriParts = uri?.split(separator: "/").map(String.init) ?? []
        let stageCode = uriParts.count >= 2 ? uriParts[uriParts.count - 2] : nil
        let affected = document.descendants("affectedDocument").first.map { HTMLText.line(of: $0) }
        let text = AmendedText(
            bill: affected.map { $0.hasPrefix("DDL ") ? String($0.dropFirst(4)) : $0 },
            stage: stageCode == "A" ? .seance : (stageCode == "C" ? .commission : nil),
            examinedBy: stageCode == "A" ? "Assemblea" : (stageCode == "C" ? "Commissione" : nil),
            legislature: uriParts.count > 2 && uriParts[1] == "dati.senato.it" ? uriParts[2] : nil)
        let paragraphs = document.descendants("amendmentContent").flatMap { content in
            content.elements("p").map { HTMLText.line(of: $0) }.filter { !$0.isEmpty }
        }
        var target = AmendmentTarget.unknown
        if let articlePart = number.split(separator: ".").first, number.contains("."),
            articlePart.allSatisfy(\.isNumber)
        {
            target = AmendmentTarget(
                kind: .article, label: "Art. \(articlePart)", article: ArticleNumber(label: String(articlePart)))
            result.note("amendement \(number): target article \(articlePart) taken from the number (article.sequence)")
        } else {
            result.warn("amendement \(number): no target article")
        }
        if let first = paragraphs.first, let comma = commaNumber(in: first) {
            target.alinea = comma
            target.alineaLabel = "comma \(comma)"
        }
        let date = document.descendants("FRBRdate").first { $0["name"] == "presentazione" }?["date"]
        result.amendments = [
            Amendment(
                number: number, chamber: .other, text: text, authors: authors, date: date, target: target,
                dispositif: paragraphs.joined(separator: "\n"), url: uri)
        ]
        result.note("amendement \(number): Akoma Ntoso amendments carry no fate")
        return result
    }

    /// `Emendamento n. 1.202` → `1.202`.
    private static func numberOf(_ printed: String) -> String {
        String(printed.split(separator: " ").last ?? Substring(printed))
    }

    /// `Al comma 1, capoverso …` → 1.
    private static func commaNumber(in text: String) -> Int? {
        let key = Folding.key(text)
        guard let range = key.firstRange(of: "comma ") else { return nil }
        return Int(key[range.upperBound...].prefix { $0.isNumber })
    }
}
