/// How navette came to know an address: so that a reader of the manifest can tell an address the
/// official dossier gave from one navette built by a published URL scheme.
public enum AddressOrigin: String, Sendable, Hashable, Codable, CaseIterable {
    /// Read from the dossier (a link on the Sénat's page, a field of the Assemblée's data).
    case dossier
    /// Built from a documented URL scheme (the Sénat's `jeu_complet` CSV, the Assemblée's open-data paths).
    case scheme
}

/// Where the amendments filed on one text are published, as one list.
public struct AmendmentListAddress: Sendable, Hashable, Codable {
    /// The forms of amendment lists navette knows the address of.
    public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
        /// The Sénat's Ameli "jeu complet" CSV (every amendment with its dispositif and fate).
        case ameliCSV = "ameli-csv"
        /// The Sénat's discussion list (`liste_discussion.json`: order of discussion, identical ones).
        case senatDiscussion = "senat-discussion-json"
        /// The Assemblée's open-data amendments (JSON, one object per amendment, zipped by legislature).
        case assembleeJSON = "an-json"
    }

    public var url: String
    public var format: Format
    /// Read from the dossier, built from a scheme, or written by hand (`nil`).
    public var origin: AddressOrigin?
    /// The part of the published file that concerns the text (a folder inside a zip), when it holds more.
    public var within: String?
    public var line: Int

    public init(url: String, format: Format, origin: AddressOrigin?, within: String? = nil, line: Int = 0) {
        self.url = url
        self.format = format
        self.origin = origin
        self.within = within
        self.line = line
    }
}
