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
    ///
    /// The first 8 kB are decoded to UTF-8 (a UTF-16 file too), leading white space and BOM dropped,
    /// and searched as ASCII-lowercased bytes (as `DocumentFormat.detect` does): every marker is ASCII,
    /// and searching a `String` through Foundation was most of the cost of reading a dump's small files.
    public static func detect(_ bytes: [UInt8]) -> AmendmentFormat? {
        let sample = Array(bytes.prefix(8192))
        let head = String(decoding: TextDecoding.utf8(sample, as: TextDecoding.detect(sample)), as: UTF8.self)
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        // Copied at once from the string's storage (element by element, the copy was most of detection's work).
        let lower = ByteSearch.asciiLowercased(
            trimmed.utf8.withContiguousStorageIfAvailable { ArraySlice($0) } ?? ArraySlice(trimmed.utf8))
        func has(_ text: String) -> Bool { ByteSearch.contains(lower, text) }
        func starts(_ text: String) -> Bool { lower.starts(with: text.utf8) }
        if starts("{") || starts("[") {
            if has("\"sujets\"") { return .laFabrique }
            if has("\"amendement\""), has("schemas.assemblee-nationale.fr/referentiel") || has("\"numerolong\"") {
                return .anJSON
            }
            if has("\"subdivisions\"") || has("\"info_generales\"") { return .senatDiscussionJSON }
            return nil
        }
        if starts("sep=") || (starts("nature") && has("\t")) { return .ameliCSV }
        if starts("<") {
            if has("<amdtsparordredediscussion") { return .anDiscussionList }
            if has("schemas.assemblee-nationale.fr/referentiel") { return .anOpenData }
            if has("akomantoso"), has("amendment") { return .akomaNtoso }
            if has("<html") || has("<!doctype") {
                let page = ByteSearch.asciiLowercased(
                    ArraySlice(TextDecoding.utf8(bytes, as: TextDecoding.detect(bytes))))
                return ByteSearch.contains(page, "numamendement") || ByteSearch.contains(page, "name=\"num_amend\"")
                    ? .anHTML : nil
            }
            if has("<amendement>") || has("<amendement ") { return .anXML }
            return nil
        }
        return AmendmentExcerptReader.looksLikeExcerpt(String(trimmed)) ? .excerpt : nil
    }
}
