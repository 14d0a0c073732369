/// What a reading says of an article (or of part of one) instead of, or beside, its text.
public enum ArticleStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case none
    case supprime = "supprimé"
    case nonModifie = "non modifié"
    case conforme

    /// Reads the word between parentheses: `Supprimé`, `Supprimés`, `Non modifié`, `Conformes`…
    public init?(statusWord: String) {
        let key = Folding.key(statusWord).trimming(" .()")
        switch key {
        case "supprime", "supprimee", "supprimes", "supprimees": self = .supprime
        case "non modifie", "non modifiee", "non modifies", "non modifiees": self = .nonModifie
        case "conforme", "conformes": self = .conforme
        case "none", "": self = .none
        default: return nil
        }
    }
}

/// Flags printed beside an article label.
public enum ArticleFlag: String, Sendable, Hashable, Codable {
    /// `(nouveau)`: inserted in this reading.
    case nouveau
}
