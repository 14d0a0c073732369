/// The words a demand is about, to look for amendments on the same subject in an amendment index:
/// the demand's own words (its addressee left out) and the motion's title, without French function
/// words and the vocabulary every demand and amendment shares (`demander`, `article`, `loi`…).
/// Each word is cut to a stem searched as a prefix (`algorithmiques` -> `algorithmiqu*`, so that
/// `algorithmique` and `algorithmiques` both match). Linear in the length of the texts.
public enum DemandTerms {
    /// At most this many terms searched at once; `terms` gives up to twice as many candidates, the
    /// demand's words before the title's, for the caller to keep the most telling.
    public static let limit = 8

    public static func terms(of demand: Demand, in motion: Motion) -> [String] {
        var text = demand.text
        if let addressee = demand.addressee, let range = text.firstRange(of: addressee) { text.removeSubrange(range) }
        var seen: Set<String> = []
        var terms: [String] = []
        for word in words(text) + words(motion.title ?? "") where terms.count < 2 * limit {
            let key = Folding.key(String(word))
            guard key.count >= 4, !key.contains(where: \.isNumber), !ignored.contains(key) else { continue }
            let term = stem(key)
            if seen.insert(term).inserted { terms.append(term) }
        }
        return terms
    }

    /// A query in `navette amendments search`'s syntax that finds the amendments holding at least
    /// two of the terms (one term: that term). "At least two of n" is written as n groups, each the
    /// alternative of all terms but one: a text passes every group exactly when two terms or more are in it.
    public static func query(_ terms: [String]) -> String? {
        guard terms.count > 1 else { return terms.first }
        return terms.indices.map { left in
            terms.indices.filter { $0 != left }.map { terms[$0] }.joined(separator: " OR ")
        }.joined(separator: " ")
    }

    /// `démocratiques` -> `democratiqu*`: a plural's `s`/`x`, then a feminine `e` (`ée`) dropped; the stem
    /// is searched as a prefix. Short words are kept whole.
    static func stem(_ key: String) -> String {
        var word = Substring(key)
        if word.hasSuffix("s") || word.hasSuffix("x") { word = word.dropLast() }
        for _ in 0..<2 where word.hasSuffix("e") { word = word.dropLast() }
        return word.count >= 4 ? word + "*" : key
    }

    /// Words split on what is not a letter, a digit or a hyphen (`l’usage` gives `l` and `usage`);
    /// hyphenated words stay whole: the index folds `vidéo-protection` with `vidéoprotection`.
    private static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-") }
    }

    /// Function words and the words every motion or amendment uses, folded.
    static let ignored: Set<String> = [
        "dans", "pour", "avec", "sans", "sous", "vers", "chez", "entre", "contre", "depuis", "pendant", "selon",
        "leur", "leurs", "elle", "elles", "nous", "vous", "ils", "celle", "celui", "ceux", "celles", "cette",
        "ces", "tout", "tous", "toute", "toutes", "autre", "autres", "meme", "memes", "plus", "moins", "tres",
        "aussi", "ainsi", "donc", "mais", "encore", "deja", "pas", "non", "ne", "que", "qui", "quoi", "dont",
        "etre", "avoir", "sont", "sera", "seront", "serait", "fait", "faire", "afin", "lors", "apres", "avant",
        "demande", "demandent", "demander", "demandons", "souhaite", "souhaitent", "emet", "emettent", "voeu",
        "voeux", "motion", "relatif", "relative", "relatifs", "relatives", "article", "articles", "alinea",
        "alineas", "projet", "proposition", "texte", "textes", "disposition", "dispositions", "retrait",
        "retirer", "suppression", "supprimer", "ville", "mairie", "maire", "conseil", "arrondissement",
        "municipal", "municipale", "etat", "gouvernement", "organisation", "organiser", "organisent",
        "eux-meme", "eux-memes", "elle-meme", "celle-ci", "celui-ci", "avait", "avaient", "telle", "tel",
        "lieu", "encore", "annee", "annees",
    ]
}
