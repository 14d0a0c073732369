import NavetteCore

/// DILA's `ETAT` of a version, told as a diagnostic.
///
/// The navette statuses (`supprimé`, `non modifié`…) say what a reading of a bill does to an
/// article; `ETAT` says whether a version of a law is in force. They are not mapped onto each other:
/// a version in force (`VIGUEUR`, `VIGUEUR_ETEN`) says nothing; one that will be (`VIGUEUR_DIFF`) or
/// was replaced by a newer version (`MODIFIE`) gets a note; one no longer or never in force
/// (`ABROGE`, `ABROGE_DIFF`, `ANNULE`, `PERIME`, `TRANSFERE`, `DISJOINT`, `MODIFIE_MORT_NE`) and an
/// unknown state get a warning.
enum LegiState {
    static let inForce: Set<String> = ["VIGUEUR", "VIGUEUR_ETEN"]

    static func diagnostic(
        _ etat: String?, debut: String?, fin: String?, what: String, article: String? = nil
    ) -> Diagnostic? {
        guard let etat, !inForce.contains(etat) else { return nil }
        let from = debut.map { " from \($0)" } ?? ""
        let until = fin.map { " on \($0)" } ?? ""
        let span = "the text is the version in force\(from)\(fin.map { " to \($0)" } ?? "")"
        let (severity, message): (Diagnostic.Severity, String) =
            switch etat {
            case "VIGUEUR_DIFF":
                (.note, "\(what) comes into force\(debut.map { " on \($0)" } ?? " later") (ETAT VIGUEUR_DIFF)")
            case "MODIFIE": (.note, "\(what) was replaced by a newer version\(until) (ETAT MODIFIE); \(span)")
            case "ABROGE": (.warning, "\(what) was abrogated\(until) (ETAT ABROGE); \(span)")
            case "ABROGE_DIFF": (.warning, "\(what) is abrogated\(until) (ETAT ABROGE_DIFF)")
            case "ANNULE": (.warning, "\(what) was annulled by a court (ETAT ANNULE)")
            case "PERIME": (.warning, "\(what) has lapsed\(until) (ETAT PERIME)")
            case "TRANSFERE": (.warning, "\(what) was moved elsewhere\(until) (ETAT TRANSFERE)")
            case "DISJOINT": (.warning, "\(what) was severed from the text (ETAT DISJOINT)")
            case "MODIFIE_MORT_NE": (.warning, "\(what) never came into force (ETAT MODIFIE_MORT_NE)")
            default: (.warning, "\(what) has an unknown legal state (ETAT \(etat))")
            }
        return Diagnostic(severity, message, article: article)
    }
}
