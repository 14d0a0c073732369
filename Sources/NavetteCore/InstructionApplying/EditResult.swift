/// What became of one edit applied to an article.
public struct EditResult: Sendable, Hashable, Codable {
    public enum Outcome: Sendable, Hashable, Codable {
        case applied
        /// Applied to the first of several occurrences the dispositif did not tell apart.
        case ambiguous(occurrences: Int)
        case failed(Failure)
    }

    public enum Failure: String, Sendable, Hashable, Codable {
        /// The dispositif's words were not understood.
        case notUnderstood = "not understood"
        /// The alinéa, division or phrase named is not in the article.
        case targetNotFound = "target not found"
        /// The quoted words are not in the target.
        case wordsNotFound = "words not found"
        /// A sub-amendment's edit, which applies to its amendment, not to the article.
        case aimsAtAmendment = "aims at an amendment"
    }

    public var edit: Edit
    public var outcome: Outcome
    /// What was looked for and not found, or how the ambiguity was resolved.
    public var detail: String?

    public init(edit: Edit, outcome: Outcome, detail: String? = nil) {
        self.edit = edit
        self.outcome = outcome
        self.detail = detail
    }

    public var isApplied: Bool {
        switch outcome {
        case .applied, .ambiguous: return true
        case .failed: return false
        }
    }
}
