import NavetteCore

/// One article followed through the navette: one step per reading, the changes with their
/// attributions, the amendments that tried and failed, the comparative table.
public struct ArticleReport: Sendable, Hashable, Codable {
    /// The lineage id (`7@an-939`).
    public var id: String
    /// File name stem of the article's page (`article-7`), unique in the report.
    public var page: String
    /// The labels the article carried, in order (`["7"]`, `["1er bis", "3"]`).
    public var labels: [String]
    /// The number in the promulgated law, and where that number comes from.
    public var final: String?
    public var finalBasis: FinalBasis
    /// From the manifest, when it follows the article.
    public var subject: String?
    /// One per reading of the dossier, in order.
    public var steps: [StepReport]
    public var table: ComparativeTable
    /// Every amendment the page refers to (margin notes, tried lists), by `id`.
    public var amendments: [AmendmentInfo]
    /// Demands of the report's motions that target this article.
    public var motions: [MotionRef]
    public var changes: ChangeCounts
    /// The amendment index's amendments on the article that the report does not hold, when an index
    /// was read (`onArticle` only).
    public var indexed: IndexFindings? = nil

    public enum FinalBasis: String, Sendable, Hashable, Codable {
        /// Computed from the last reading (surviving articles numbered in order).
        case computed
        /// Given by the manifest (the last reading's text is not held in full).
        case manifest
        /// Not known, or the article did not survive.
        case none
    }

    public init(
        id: String, page: String, labels: [String], final: String?, finalBasis: FinalBasis, subject: String?,
        steps: [StepReport], table: ComparativeTable, amendments: [AmendmentInfo], motions: [MotionRef],
        changes: ChangeCounts
    ) {
        self.id = id
        self.page = page
        self.labels = labels
        self.final = final
        self.finalBasis = finalBasis
        self.subject = subject
        self.steps = steps
        self.table = table
        self.amendments = amendments
        self.motions = motions
        self.changes = changes
    }

    /// `Article 7`, or `Article 7 → 10` when the law numbers it otherwise.
    public var title: String {
        var names = labels
        if let final, names.last.map({ ArticleNumber(label: $0).key != ArticleNumber(label: final).key }) ?? true {
            names.append(final)
        }
        return "Article " + (names.isEmpty ? "?" : names.joined(separator: " → "))
    }

    public func amendment(_ id: String) -> AmendmentInfo? { amendments.first { $0.id == id } }
}

/// What one reading did to the article.
public struct StepReport: Sendable, Hashable, Codable {
    public enum Change: String, Sendable, Hashable, Codable {
        /// The first reading holding the article's text: the starting point.
        case first
        /// The article appears in this reading (after readings whose text did not have it).
        case inserted = "article inserted"
        case unchanged
        case typographic = "typography only"
        case changed
        /// `(Non modifié)`, `Conforme`: the text of an earlier reading, carried over.
        case carried = "carried over"
        /// `(Supprimé)`, or no longer printed.
        case deleted = "article deleted"
        /// Not in this reading, and not before either (or still deleted).
        case absent = "not in this reading"
        /// The reading's text is not held (missing, or an excerpt without this article).
        case notHeld = "text not held"
    }

    public var reading: String
    /// The label printed in this reading, when present.
    public var label: String?
    /// The status the reading prints (`nouveau`, `supprimé`, `non modifié`, `conforme`), if any.
    public var status: String?
    public var change: Change
    /// The earlier reading this one is compared with (the latest one holding the text).
    public var comparedWith: String?
    /// Readings between `comparedWith` and this one whose text is not held: the comparison spans them.
    public var across: [String]
    /// For a carried text: the reading it comes from.
    public var carriedFrom: String?
    /// The alinéas compared with `comparedWith` (all inserted for the first reading), in the order of
    /// this reading, deleted ones where they stood. Empty when the text is not held.
    public var alineas: [AlineaReport]
    public var stats: Comparison.Stats?
    /// The changes of this step with their margin notes.
    public var changes: [ChangeNote]
    /// The amendments examined in the step that produced this reading, on this article.
    public var examined: Examined?
    /// The amendments examined here that did not pass, grouped by the alinéa they target.
    public var tried: [TriedGroup]
    /// Adopted amendments on the article that no change was attributed to.
    public var adoptedUnmatched: [String]
    /// How the changes were assessed (`explained by navette`, `no amendment of this step is held`…).
    public var assessment: String?

    public init(reading: String, label: String?, change: Change) {
        self.reading = reading
        self.label = label
        self.change = change
        self.across = []
        self.alineas = []
        self.changes = []
        self.tried = []
        self.adoptedUnmatched = []
    }

    /// True when the step has a redline to show.
    public var hasRedline: Bool { [.changed, .typographic, .inserted, .deleted].contains(change) && !alineas.isEmpty }
}

/// The amendments of one step on an article: where they come from and whether the list is complete.
public struct Examined: Sendable, Hashable, Codable {
    /// The reading the amendments were filed on.
    public var filedOn: String?
    /// True when the source lists every amendment of the step (La Fabrique), false for the few a
    /// manifest records.
    public var complete: Bool
    /// Amendment ids, in the source's order.
    public var amendments: [String]

    public init(filedOn: String?, complete: Bool, amendments: [String]) {
        self.filedOn = filedOn
        self.complete = complete
        self.amendments = amendments
    }
}

/// One alinéa of a step: a comparison entry with its anchor and change references.
public struct AlineaReport: Sendable, Hashable, Codable {
    public var kind: Comparison.Entry.Kind
    public var oldNumber: Int?
    public var newNumber: Int?
    /// Permalink anchor in the article's page.
    public var anchor: String
    /// The text, for an unchanged alinéa (its `ops` are empty).
    public var text: String?
    /// The word diff, for the other kinds.
    public var ops: [OpReport]
    /// Taken from an earlier reading by a placeholder (`II. – (Non modifié)`, dots).
    public var carried: Bool
    /// Changes (indexes in the step's `changes`) made of this alinéa as a whole.
    public var changes: [Int]

    public init(
        kind: Comparison.Entry.Kind, oldNumber: Int?, newNumber: Int?, anchor: String, text: String?, ops: [OpReport],
        carried: Bool, changes: [Int]
    ) {
        self.kind = kind
        self.oldNumber = oldNumber
        self.newNumber = newNumber
        self.anchor = anchor
        self.text = text
        self.ops = ops
        self.carried = carried
        self.changes = changes
    }

    /// The alinéa's text in this reading (nil for a deleted one).
    public var newText: String? {
        if let text { return text }
        if kind == .deleted { return nil }
        return ops.filter { $0.op != .delete }.map(\.text).joined()
    }

    /// The alinéa's text in the reading compared with (nil for an inserted one).
    public var oldText: String? {
        if let text { return text }
        if kind == .inserted { return nil }
        return ops.filter { $0.op != .insert }.map { $0.old ?? $0.text }.joined()
    }
}

/// A run of a word diff, with the change it belongs to.
public struct OpReport: Sendable, Hashable, Codable {
    public var op: Comparison.Op.Kind
    public var text: String
    /// For `equal`: the old text when it differs (typography, spacing).
    public var old: String?
    public var typographic: Bool?
    /// For a moved sentence: the id shared by its deletion and its insertion.
    public var move: Int?
    /// For the insertion of a sentence moved and edited on its way: its word diff from the deleted text.
    public var edits: [OpReport]?
    /// Index in the step's `changes`.
    public var change: Int?

    public init(
        op: Comparison.Op.Kind, text: String, old: String?, typographic: Bool?, move: Int?, edits: [OpReport]? = nil,
        change: Int?
    ) {
        self.op = op
        self.text = text
        self.old = old
        self.typographic = typographic
        self.move = move
        self.edits = edits
        self.change = change
    }

    /// A run of the comparison's word diff, not yet tied to a change.
    init(_ op: Comparison.Op) {
        self.init(
            op: op.op, text: op.text, old: op.old, typographic: op.isTypographic ? true : nil, move: op.move,
            edits: op.edits?.map(OpReport.init), change: nil)
    }
}

/// A change and its margin note: what made it, or `unexplained`, or `not assessed`.
public struct ChangeNote: Sendable, Hashable, Codable {
    /// Permalink anchor of the change (its note is `anchor` + `-note`).
    public var anchor: String
    /// Index in the step's `alineas`.
    public var alinea: Int
    /// Indexes in that alinéa's `ops`; empty when the whole alinéa is the change.
    public var ops: [Int]
    /// `words replaced`, `words inserted`, `words deleted`, `alinéa inserted`, `alinéa deleted`,
    /// `alinéa moved`, `sentence moved`.
    public var what: String
    public var verdict: Attribution.Verdict
    /// Ids of the amendments that made it.
    public var amendments: [String]
    /// For a change not assessed: ids of the adopted amendments that may have made it (their text is
    /// not held, or they insert an article at this place).
    public var candidates: [String]
    public var note: String?

    public init(
        anchor: String, alinea: Int, ops: [Int], what: String, verdict: Attribution.Verdict, amendments: [String],
        candidates: [String] = [], note: String?
    ) {
        self.anchor = anchor
        self.alinea = alinea
        self.ops = ops
        self.what = what
        self.verdict = verdict
        self.amendments = amendments
        self.candidates = candidates
        self.note = note
    }
}

/// Amendments that tried to change one alinéa (or the article, when none is given) and did not pass.
public struct TriedGroup: Sendable, Hashable, Codable {
    /// Alinéa number in the text the amendments were filed on; nil when they name none.
    public var alinea: Int?
    public var amendments: [String]

    public init(alinea: Int?, amendments: [String]) {
        self.alinea = alinea
        self.amendments = amendments
    }
}

/// An amendment as the report shows it: who, what fate, where to read it.
public struct AmendmentInfo: Sendable, Hashable, Codable {
    /// Unique in the report: `<reading examined in>#<number>`.
    public var id: String
    public var number: String
    /// The reading produced by the step that examined it.
    public var examinedIn: String
    /// The reading whose text it was filed on.
    public var filedOn: String?
    public var authors: [String]
    public var group: String?
    public var date: String?
    public var fate: AmendmentFate
    /// The fate as the source prints it (`non-voté`), when it says more than `fate`.
    public var fateText: String?
    public var url: String?
    /// What it targets, as printed (`Article 7`, `Article 7, alinéa 1`).
    public var target: String
    public var alinea: Int?
    /// The manifest's one-line summary (facts written by hand, not the amendment's text).
    public var summary: String?

    public init(
        id: String, number: String, examinedIn: String, filedOn: String?, authors: [String], group: String?,
        date: String?,
        fate: AmendmentFate, fateText: String?, url: String?, target: String, alinea: Int?, summary: String?
    ) {
        self.id = id
        self.number = number
        self.examinedIn = examinedIn
        self.filedOn = filedOn
        self.authors = authors
        self.group = group
        self.date = date
        self.fate = fate
        self.fateText = fateText
        self.url = url
        self.target = target
        self.alinea = alinea
        self.summary = summary
    }
}

/// Demands of one motion (indexes in `Report.motions`) that target an article.
public struct MotionRef: Sendable, Hashable, Codable {
    public var motion: Int
    public var demands: [Int]

    public init(motion: Int, demands: [Int]) {
        self.motion = motion
        self.demands = demands
    }
}
