/// One bill followed through the navette: its readings in order and what the source says about it.
public struct Dossier: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var readings: [Reading]
    /// Final numbering given by the source, navette label key -> final label or `supprimé`
    /// (La Fabrique's `table_concordance`), for cross-checking the computed one.
    public var concordance: [String: String]?
    /// Official addresses of the dossier (AN, Sénat, Légifrance).
    public var urls: [String]
    public var diagnostics: [Diagnostic]

    public init(
        id: String, title: String? = nil, readings: [Reading] = [], concordance: [String: String]? = nil,
        urls: [String] = [], diagnostics: [Diagnostic] = []
    ) {
        self.id = id
        self.title = title
        self.readings = readings
        self.concordance = concordance
        self.urls = urls
        self.diagnostics = diagnostics
    }

    public func reading(_ id: String) -> Reading? { readings.first { $0.id == id } }
}
