/// One article of one reading, as printed.
public struct Article: Sendable, Hashable, Codable {
    /// The label as printed, without the word "Article": `1er`, `7 bis A`, `L. 230-1`.
    public var label: String
    /// The label reduced for matching and ordering.
    public var number: ArticleNumber
    public var flags: Set<ArticleFlag>
    public var status: ArticleStatus
    /// A heading printed with the article (LEGI, Akoma Ntoso), when there is one.
    public var heading: String?
    public var alineas: [Alinea]
    /// Index in `Reading.divisions` of the innermost division holding the article, if any.
    public var division: Int?

    public init(
        label: String, flags: Set<ArticleFlag> = [], status: ArticleStatus = .none, heading: String? = nil,
        alineas: [Alinea] = [], division: Int? = nil
    ) {
        self.label = label
        self.number = ArticleNumber(label: label)
        self.flags = flags
        self.status = status
        self.heading = heading
        self.alineas = alineas
        self.division = division
    }

    /// True when the article's text is not written out in this reading (`(Non modifié)`, `Conforme`).
    public var isPlaceholder: Bool {
        (status == .nonModifie || status == .conforme) && alineas.allSatisfy { $0.placeholder != nil }
    }
}
