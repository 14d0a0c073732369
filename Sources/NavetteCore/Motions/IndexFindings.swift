/// What the amendment index adds to a demand's scorecard (or to an article's page: `onArticle` alone,
/// beside the amendments the report holds): amendments the manifest does not list, found
/// in two ways and kept apart so a reader knows how each was found. None of them repeats an amendment
/// of the manifest, and none appears in both lists.
public struct IndexFindings: Sendable, Hashable, Codable {
    /// The index read (the SQLite file).
    public var store: String
    /// Amendments on the demand's article, in the texts of this bill, that pursued the demand's goal
    /// (suppression for a withdrawal, a date change for an experiment), as the manifest's are linked.
    public var onArticle: IndexedList?
    /// Amendments of any bill whose dispositif or exposé holds the demand's words, best first.
    public var byWords: IndexedList?

    public init(store: String, onArticle: IndexedList? = nil, byWords: IndexedList? = nil) {
        self.store = store
        self.onArticle = onArticle
        self.byWords = byWords
    }
}

/// Some of the amendments the index found one way: how they were searched, how many there are, and
/// the first of them (a 120,000-amendment index can match thousands: only `amendments` are shown).
public struct IndexedList: Sendable, Hashable, Codable {
    /// How they were searched: `suppression or date change of article 7 in texts Sénat 220, AN 809`,
    /// or `words olympiqu*, videosurveillanc* (at least two)`.
    public var search: String
    /// How many the index holds beside the manifest's (all of them, not only those shown). For words,
    /// the manifest's are left out as far as the ranking read them: one ranked far down may be counted.
    public var total: Int
    public var amendments: [IndexedAmendment]
    /// How many of `total` have each fate (`rejeté`: 12), when it is counted (an article's page).
    public var byFate: [String: Int]?

    public init(search: String, total: Int, amendments: [IndexedAmendment], byFate: [String: Int]? = nil) {
        self.search = search
        self.total = total
        self.amendments = amendments
        self.byFate = byFate
    }
}

/// One amendment found in the index, with what an advocate needs to cite it.
public struct IndexedAmendment: Sendable, Hashable, Codable {
    public var number: String
    public var chamber: String
    /// The text it was filed on (`939`), and its legislature or session when known.
    public var bill: String?
    public var legislature: String?
    /// The target as printed (`Article 7`, `Titre`).
    public var target: String?
    public var fate: String
    public var authors: [String]
    public var group: String?
    public var date: String?
    /// The official page, when the source gives it.
    public var url: String?
    /// The file (and zip member) it was indexed from.
    public var source: String
    /// Why it is here: the dispositif's words for a goal, or the passage where the words were found.
    public var evidence: String

    public init(
        number: String, chamber: String, bill: String?, legislature: String?, target: String?, fate: String,
        authors: [String], group: String?, date: String?, url: String?, source: String, evidence: String
    ) {
        self.number = number
        self.chamber = chamber
        self.bill = bill
        self.legislature = legislature
        self.target = target
        self.fate = fate
        self.authors = authors
        self.group = group
        self.date = date
        self.url = url
        self.source = source
        self.evidence = evidence
    }

    /// `AN text 939 (16)`, `Sénat text 249`: the text and chamber in a few words.
    public var text: String {
        let house = chamber == "assemblee" ? "AN" : chamber == "senat" ? "Sénat" : chamber
        guard let bill else { return "\(house), text unknown" }
        return "\(house) text \(bill)" + (legislature.map { " (\($0))" } ?? "")
    }
}
