/// Why one change of a comparison happened: the amendment(s) that produce it, or `unexplained`
/// (a commission rewrite, a coordination, a rectification: nothing in the amendments held does it).
///
/// A change is addressed inside a `Comparison`: `entry` indexes `Comparison.alineas`, `op` indexes
/// that entry's `ops` (nil when the whole alinéa is the change: inserted, deleted, moved).
public struct Attribution: Sendable, Hashable, Codable {
    public enum Verdict: String, Sendable, Hashable, Codable {
        /// One or more amendments produce the change.
        case explained
        /// Amendments were examined and none produces it.
        case unexplained
        /// No amendment of that step is held: navette cannot say.
        case notAssessed = "not assessed"
    }

    public var entry: Int
    public var op: Int?
    public var verdict: Verdict
    /// Numbers (as printed) of the amendments that produce the change.
    public var amendments: [String]
    /// How the link was made (edit applied and matched, text found in the dispositif…).
    public var note: String?

    public init(entry: Int, op: Int? = nil, verdict: Verdict, amendments: [String] = [], note: String? = nil) {
        self.entry = entry
        self.op = op
        self.verdict = verdict
        self.amendments = amendments
        self.note = note
    }
}

/// The changes of one article between two readings, each with its attribution.
public struct StepExplanation: Sendable, Hashable, Codable {
    /// Reading ids.
    public var from: String
    public var to: String
    public var attributions: [Attribution]
    /// Adopted amendments of the step that target the article but produced no change found in the
    /// comparison (rewritten later in the same step, or not applied as written).
    public var unmatchedAmendments: [String]

    public init(from: String, to: String, attributions: [Attribution] = [], unmatchedAmendments: [String] = []) {
        self.from = from
        self.to = to
        self.attributions = attributions
        self.unmatchedAmendments = unmatchedAmendments
    }
}
