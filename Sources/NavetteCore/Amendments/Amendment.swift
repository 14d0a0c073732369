/// One amendment as the sources publish it: who filed it on which text, what it targets, what it
/// says (dispositif), why (exposé sommaire), and what became of it.
///
/// Texts are plain: HTML stripped, entities decoded, one paragraph per line (`\n`), typography kept
/// as printed (’ « » and no-break spaces). Readers fill what their source holds and leave the rest
/// nil or empty; what is missing or guessed is said in the reader's diagnostics.
public struct Amendment: Sendable, Hashable, Codable {
    /// The number as printed: `27`, `CL357`, `COM-100`, `45 rect.`, `I-2 rect. bis`.
    public private(set) var number: String
    /// `number` normalised for matching (see `AmendmentNumber`): `cl357`, `i2 rect bis`.
    public private(set) var key: String
    public var chamber: Chamber
    /// The text the amendment was filed on and the stage that examined it.
    public var text: AmendedText
    /// Signatories' names, first author first, as printed (`M. Vicot`, `Mme LASSARADE, rapporteure pour avis`).
    public var authors: [String]
    /// The whole signatory line as printed, when the source has one.
    public var authorsText: String?
    /// Political group (name or acronym as the source gives it: `SOC`, `groupe socialiste et républicain`).
    public var group: String?
    /// Filing date, ISO `yyyy-mm-dd`.
    public var date: String?
    public var target: AmendmentTarget
    /// The operative text, plain, one paragraph per line.
    public var dispositif: String
    /// The dispositif as the source's HTML, when it had HTML.
    public var dispositifHTML: String?
    /// The exposé sommaire (Sénat: *objet*), plain, one paragraph per line.
    public var expose: String?
    public var fate: AmendmentFate
    /// The fate as printed (`Retiré avant séance`, `Irrecevable 40`, `non-voté`).
    public var fateText: String?
    /// When the fate was decided (vote or sitting date), ISO, when known.
    public var fateDate: String?
    /// Numbers of the amendments identical to this one, as printed.
    public var identical: [String]
    /// The number of the amendment this one sub-amends.
    public var parent: String?
    /// The official (or publishing site's) URL of the amendment.
    public var url: String?
    /// The file it was read from.
    public var file: String?

    public init(
        number: String, chamber: Chamber = .unknown, text: AmendedText = AmendedText(), authors: [String] = [],
        authorsText: String? = nil, group: String? = nil, date: String? = nil, target: AmendmentTarget = .unknown,
        dispositif: String = "", dispositifHTML: String? = nil, expose: String? = nil, fateText: String? = nil,
        fate: AmendmentFate? = nil, fateDate: String? = nil, identical: [String] = [], parent: String? = nil,
        url: String? = nil, file: String? = nil
    ) {
        self.number = number
        self.key = AmendmentNumber(number).key
        self.chamber = chamber
        self.text = text
        self.authors = authors
        self.authorsText = authorsText
        self.group = group
        self.date = date
        self.target = target
        self.dispositif = dispositif
        self.dispositifHTML = dispositifHTML
        self.expose = expose
        self.fateText = fateText
        self.fate = fate ?? AmendmentFate(sort: fateText)
        self.fateDate = fateDate
        self.identical = identical
        self.parent = parent
        self.url = url
        self.file = file
    }

    /// The parsed number (prefix, digits, rectification).
    public var parsedNumber: AmendmentNumber { AmendmentNumber(number) }

    /// Whether the amendment targets this article (on it, not an additional article near it).
    public func targets(article label: String) -> Bool {
        guard target.kind == .article, target.position == .on, let article = target.article else { return false }
        return article.key == ArticleNumber(label: label).key
    }
}

/// The text an amendment was filed on: its number in the chamber's series and the examining stage.
public struct AmendedText: Sendable, Hashable, Codable {
    /// Where an amendment is examined.
    public enum Stage: String, Sendable, Hashable, Codable {
        case commission
        case seance = "séance"
    }

    /// The bill number the amendment was filed on, without leading zeros or annex: `939`, `220`.
    public var bill: String?
    public var stage: Stage?
    /// The reading as printed: `1ère lecture (2ème assemblée saisie)`, `Nouvelle Lecture`.
    public var reading: String?
    /// The examining body as printed: `Commission des lois…`, `Séance publique`, `Affaires sociales`.
    public var examinedBy: String?
    /// The bill's title or short title, when given.
    public var title: String?
    /// Legislature (AN: `16`) or session (Sénat: `2022-2023`).
    public var legislature: String?

    public init(
        bill: String? = nil, stage: Stage? = nil, reading: String? = nil, examinedBy: String? = nil,
        title: String? = nil, legislature: String? = nil
    ) {
        self.bill = bill.map(AmendedText.normaliseBill)
        self.stage = stage
        self.reading = reading
        self.examinedBy = examinedBy
        self.title = title
        self.legislature = legislature
    }

    /// `0939` → `939`, `939-A0` → `939`; other forms (`10-362-388-B`) are kept as printed.
    public static func normaliseBill(_ printed: String) -> String {
        let trimmed = printed.trimming(" n°\u{A0}")
        var core = Substring(trimmed)
        if let dash = core.firstIndex(of: "-"), core[core.index(after: dash)...].hasPrefix("A"),
            core[..<dash].allSatisfy(\.isNumber)
        {
            core = core[..<dash]
        }
        guard !core.isEmpty, core.allSatisfy(\.isNumber) else { return trimmed }
        let stripped = core.drop { $0 == "0" }
        return stripped.isEmpty ? "0" : String(stripped)
    }

    /// The stage an examining body implies: a commission name, or séance for `Séance publique`,
    /// `Assemblée nationale (séance publique)`, `Direction de la séance`.
    public static func stage(examinedBy: String?) -> Stage? {
        guard let examinedBy else { return nil }
        let key = Folding.key(examinedBy)
        if key.contains("seance") || key.contains("hemicycle") { return .seance }
        if key.contains("commission") || key.hasPrefix("cion") || key.contains("affaires") { return .commission }
        return nil
    }
}
