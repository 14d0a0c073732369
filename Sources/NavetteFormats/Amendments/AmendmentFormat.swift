/// The amendment formats navette reads, detected from the content, never from the file name.
public enum AmendmentFormat: String, Sendable, CaseIterable, Codable {
    /// AN per-amendment XML (legacy web-service export, root `<amendement>`).
    case anXML = "an-xml"
    /// AN discussion order (`<amdtsParOrdreDeDiscussion>`).
    case anDiscussionList = "an-discussion-xml"
    /// AN open-data "referentiel" XML (`<amendements>` of `<amendement xmlns=…/referentiel>`).
    case anOpenData = "an-opendata-xml"
    /// AN open-data amendment JSON (`{"amendement": {…}}`, one file per amendment in the dump).
    case anJSON = "an-json"
    /// AN amendment web page (14th-legislature layout, `numamendement`).
    case anHTML = "an-html"
    /// Akoma Ntoso `<amendment>`.
    case akomaNtoso = "akn"
    /// Sénat Ameli "jeu complet" CSV (tab-separated, windows-1252).
    case ameliCSV = "ameli-csv"
    /// Sénat `liste_discussion.json`.
    case senatDiscussionJSON = "senat-discussion-json"
    /// La Fabrique de la loi `amendements_*.json`.
    case laFabrique = "lafabrique-json"
    /// Page excerpts as plain text: AN and NosDéputés/NosSénateurs pages, Ameli liasses, vote records.
    case excerpt = "text"

    /// Why a recognised file holds no amendments (La Fabrique's co-signature links file), or nil.
    static func notAmendments(_ head: String) -> String? {
        if head.contains("\"links\"") && head.contains("\"id_step\"") && !head.contains("\"sujets\"") {
            return "La Fabrique co-signature links (amendements_links_*.json), which hold no amendments"
        }
        return nil
    }

    /// Guesses the format from the first bytes of a file, nil when it is none of these.
    public static func detect(_ bytes: [UInt8]) -> AmendmentFormat? {
        let sample = Array(bytes.prefix(8192))
        let head = TextDecoding.decode(sample, as: TextDecoding.detect(sample))
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        let lower = trimmed.lowercased()
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
            if lower.contains("\"sujets\"") { return .laFabrique }
            if lower.contains("\"amendement\""),
                lower.contains("schemas.assemblee-nationale.fr/referentiel") || lower.contains("\"numerolong\"")
            {
                return .anJSON
            }
            if lower.contains("\"subdivisions\"") || lower.contains("\"info_generales\"") {
                return .senatDiscussionJSON
            }
            return nil
        }
        if lower.hasPrefix("sep=") || (lower.hasPrefix("nature") && lower.contains("\t")) { return .ameliCSV }
        if trimmed.hasPrefix("<") {
            if lower.contains("<amdtsparordredediscussion") { return .anDiscussionList }
            if lower.contains("schemas.assemblee-nationale.fr/referentiel") { return .anOpenData }
            if lower.contains("akomantoso"), lower.contains("amendment") { return .akomaNtoso }
            if lower.contains("<html") || lower.contains("<!doctype") {
                let page = TextDecoding.decode(bytes, as: TextDecoding.detect(bytes)).lowercased()
                return page.contains("numamendement") || page.contains("name=\"num_amend\"") ? .anHTML : nil
            }
            if lower.contains("<amendement>") || lower.contains("<amendement ") { return .anXML }
            return nil
        }
        return AmendmentExcerptReader.looksLikeExcerpt(String(trimmed)) ? .excerpt : nil
    }
}
