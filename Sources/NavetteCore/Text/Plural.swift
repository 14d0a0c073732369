/// Counted nouns as navette prints them (in English): `Plural.count(3, "article")` is "3 articles",
/// `Plural.noun(1, "alinéa")` is "alinéa"; an irregular plural is given.
public enum Plural {
    public static func noun(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
        count == 1 ? word : plural ?? word + "s"
    }

    public static func count(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(count) " + noun(count, word, plural)
    }
}
