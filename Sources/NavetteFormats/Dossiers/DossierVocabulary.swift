import Foundation
import NavetteCore

/// The words dossier feeds and pages use for stages, chambers and documents, mapped to navette's
/// (`1ère lecture`, `CMP`, `nouvelle lecture`, `lecture définitive`, `constitutionnalité`, `promulgation`).
enum DossierVocabulary {
    /// A stage as printed (`Première lecture`, `nouv. lect.`, `Commission mixte paritaire`).
    static func stage(_ printed: String) -> String? {
        let key = Folding.key(printed).trimmingCharacters(in: .whitespaces)
        let table: [(String, String)] = [
            ("premiere lecture", "1ère lecture"), ("1ere lecture", "1ère lecture"),
            ("deuxieme lecture", "2ème lecture"), ("2eme lecture", "2ème lecture"),
            ("troisieme lecture", "3ème lecture"), ("nouvelle lecture", "nouvelle lecture"),
            ("nouv. lect", "nouvelle lecture"), ("lecture definitive", "lecture définitive"),
            ("l. definitive", "lecture définitive"), ("commission mixte paritaire", "CMP"), ("cmp", "CMP"),
            ("c. constit", "constitutionnalité"), ("conseil constitutionnel", "constitutionnalité"),
            ("loi promulguee", "promulgation"), ("loi", "promulgation"),
        ]
        for (prefix, stage) in table where key.hasPrefix(prefix) { return stage }
        return nil
    }

    static func chamber(named name: String) -> Chamber? {
        let key = Folding.key(name)
        if key.hasPrefix("senat") { return .senat }
        if key.hasPrefix("assemblee") { return .assemblee }
        if key.contains("commission mixte") { return .cmp }
        return nil
    }

    /// The chamber that publishes a document at `url`.
    static func chamber(url: String) -> Chamber? {
        guard let host = URL(string: url)?.host?.lowercased() else { return nil }
        if host.hasSuffix("senat.fr") { return .senat }
        if host.hasSuffix("assemblee-nationale.fr") { return .assemblee }
        if host.hasSuffix("conseil-constitutionnel.fr") { return .conseilConstitutionnel }
        if host.hasSuffix("legifrance.gouv.fr") { return .gouvernement }
        return nil
    }

    /// The kind of a document from its printed title (`Texte n° 109`, `Rapport n° 524`).
    static func kind(title: String) -> DossierDocument.Kind {
        let key = Folding.key(title)
        let table: [(String, DossierDocument.Kind)] = [
            ("texte", .text), ("resultat des travaux de la commission", .text), ("loi", .law),
            ("rapport", .report), ("avis", .report), ("etude d'impact", .report),
            ("compte rendu", .debate), ("comptes rendus", .debate), ("resume des debats", .debate),
            ("scrutin", .vote), ("amendements", .amendments), ("decision", .decision),
        ]
        for (prefix, kind) in table where key.hasPrefix(prefix) { return kind }
        return .other
    }

    /// The step of a text from its title and description: a commission's text, an adopted text, a
    /// deposited or transmitted one.
    static func step(title: String, description: String) -> String? {
        let title = Folding.key(title)
        let text = Folding.key(description)
        if title.contains("commission") || title.hasPrefix("resultat des travaux") { return "commission" }
        for word in ["adopte", "modifie", "rejete"] where text.contains(word) { return "hemicycle" }
        for word in ["transmis", "depose", "de m.", "de mme"] where text.contains(word) { return "depot" }
        return nil
    }

    /// The number in `Texte n° 109`, `Rapport n° 114, tome I (2016-2017)`, `n°525`.
    static func number(in title: String) -> String? {
        guard let range = title.range(of: #"n[°º]\s*[\x{00A0} ]*([0-9][0-9A-Za-z\-]*)"#, options: .regularExpression)
        else {
            return nil
        }
        let match = title[range]
        return match.drop { !$0.isNumber }.trimmingCharacters(in: .whitespaces)
    }

    /// Collapses runs of white space (no-break spaces included) to one space.
    static func squeeze(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
