import NavetteCore

/// What an AN or Sénat page says about the reading it holds, from its `<head>` and its title page.
///
/// AN pages (Transit/Stellent export) carry `<meta name=…>` fields: `DATE_DEPOT`, `DATE_PUBLICATION`,
/// `ORIGINE_DOCUMENT`, `TEXTE_ADOPTE`, `DIVISION_INTITULE`. Sénat pages carry none of these, so the
/// title page is read instead ("SÉNAT", "Enregistré à la Présidence du Sénat le 6 novembre 2017",
/// "EN NOUVELLE LECTURE", "TEXTE DE LA COMMISSION").
struct BillPageMetadata: Sendable, Hashable {
    var title: String?
    var date: String?
    var chamber: Chamber = .unknown
    /// La Fabrique's names: `1ère lecture`, `nouv. lect.`, `l. définitive`, `CMP`.
    var stage: String?
    /// `depot`, `commission` or `hemicycle`.
    var step: String?

    /// Reads the metadata. `frontMatter` is the blocks before the first article; `closing` the
    /// "Délibéré en séance publique, à Paris, le …" line when there is one.
    init(page: NodeTable, frontMatter: [HTMLBlock], closing: String?) {
        var meta: [String: String] = [:]
        for element in page.descendants(of: page.root, named: "meta") {
            if let name = page.attribute("name", of: element)?.uppercased(),
                let content = page.attribute("content", of: element)
            {
                meta[name] = HTMLWhitespace.normalize(content)
            }
        }
        if let title = page.descendants(of: page.root, named: "title").first.map({
            HTMLWhitespace.normalize(page.text(of: $0))
        }),
            !title.isEmpty
        {
            self.title = title
        }
        // The title page: centered lines before "Voir les numéros" (whose list names other stages).
        let titlePage = frontMatter.prefix { !Folding.key($0.text).hasPrefix("voir les numeros") }
        let keys = titlePage.filter(\.centered).map { Folding.key($0.text) }
        date =
            SourceDate.iso(meta["DATE_DEPOT"])
            ?? keys.lazy.compactMap { Self.dateAfter("enregistre a la presidence", in: $0) }.first
            ?? closing.flatMap { Self.dateAfter("delibere en seance publique", in: Folding.key($0)) }
            ?? SourceDate.iso(meta["DATE_PUBLICATION"])
        chamber = Self.chamber(origin: meta["ORIGINE_DOCUMENT"], keys: keys)
        stage = Self.stage(keys)
        step = Self.step(keys: keys, meta: meta, title: title)
    }

    private static func chamber(origin: String?, keys: [String]) -> Chamber {
        switch origin.map(Folding.key) {
        case "assemblee nationale": return .assemblee
        case "senat": return .senat
        default: break
        }
        for key in keys {
            if key == "senat" { return .senat }
            if key == "assemblee nationale" { return .assemblee }
        }
        return .unknown
    }

    private static func stage(_ keys: [String]) -> String? {
        for key in keys {
            if key.contains("nouvelle lecture") { return "nouv. lect." }
            if key.contains("lecture definitive") { return "l. définitive" }
            if key.contains("premiere lecture") { return "1ère lecture" }
            if key.contains("commission mixte paritaire") { return "CMP" }
        }
        return nil
    }

    private static func step(keys: [String], meta: [String: String], title: String?) -> String? {
        if meta["DIVISION_INTITULE"].map(Folding.key) == "texte de la commission"
            || keys.contains(where: {
                $0.hasPrefix("texte de la commission") || $0.hasPrefix("resultat des travaux de la commission")
            })
        {
            return "commission"
        }
        if meta["TEXTE_ADOPTE"] == "O" || title.map({ Folding.key($0).hasPrefix("texte adopte") }) == true {
            return "hemicycle"
        }
        if keys.contains(where: { $0.hasPrefix("enregistre a la presidence") }) { return "depot" }
        return nil
    }

    /// The first "le 6 novembre 2017" after `prefix` in a folded key.
    static func dateAfter(_ prefix: String, in key: String) -> String? {
        guard key.hasPrefix(prefix), let marker = key.range(of: " le ") else { return nil }
        return FrenchDate.first(in: String(key[marker.upperBound...]))
    }
}
