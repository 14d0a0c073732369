/// What became of an amendment, normalised from the spellings the sources use.
///
/// AN and Sénat print `Adopté`, `Rejeté`, `Retiré avant séance`, `Cet amendement est retiré avant
/// séance`, `Non soutenu`, `Tombé`, `Satisfait ou sans objet`, `Irrecevable 40`, `Irrecevable (art.
/// 41C)`, `Non examiné`…; La Fabrique de la loi writes `adopté`, `rejeté`, `non-voté`. Anything that is
/// not a decided fate (`A discuter`, `En traitement`, `En attente de recevabilité financière`, La
/// Fabrique's `non-voté`, which lumps withdrawn, fallen and unmoved amendments together) is `unknown`;
/// the raw text is always kept beside it (`Amendment.fateText`).
public enum AmendmentFate: String, Sendable, Hashable, Codable, CaseIterable {
    case adopte = "adopté"
    case rejete = "rejeté"
    case retire = "retiré"
    case tombe = "tombé"
    case nonSoutenu = "non soutenu"
    case irrecevable
    case nonExamine = "non examiné"
    case unknown

    /// Normalises a printed fate (`sort`). Case, accents, typography and trailing details are ignored.
    public init(sort: String?) {
        guard let sort else {
            self = .unknown
            return
        }
        let key = Folding.key(sort).trimming(" .:")
        self = AmendmentFate.classify(key)
    }

    private static func classify(_ key: String) -> AmendmentFate {
        if key.isEmpty { return .unknown }
        // Order matters: "non adopté" before "adopté", "non soutenu" before anything else.
        let rules: [(AmendmentFate, [String])] = [
            (.nonSoutenu, ["non soutenu", "non defendu", "non-soutenu"]),
            (.nonExamine, ["non examine", "non-examine", "non traite"]),
            (.rejete, ["non adopte", "rejete", "repousse"]),
            (.irrecevable, ["irrecevable", "irrecevabilite"]),
            (.retire, ["retire"]),
            (.tombe, ["tombe", "satisfait", "sans objet", "devenu sans objet"]),
            (.adopte, ["adopte"]),
        ]
        for (fate, stems) in rules where stems.contains(where: { ASCIISearch.contains(key, $0) }) {
            // "En attente de recevabilité" and similar pending states are not fates.
            if key.hasPrefix("en attente") || key.hasPrefix("a discuter") { return .unknown }
            return fate
        }
        return .unknown
    }
}
