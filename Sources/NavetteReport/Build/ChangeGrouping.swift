import NavetteCore

/// Cuts a comparison into the changes a reader sees, each to carry one margin note: a run of deleted
/// and inserted words inside an alinéa, a moved sentence, or a whole alinéa inserted, deleted or moved.
/// Typography-only differences are not changes (nothing to explain; they are marked in the text).
enum ChangeGrouping {
    struct Change {
        var entry: Int
        /// Indexes in the entry's ops; empty for a whole alinéa (or the whole article).
        var ops: [Int]
        var what: String
    }

    /// `wholeArticle`: the article was inserted or deleted in this step; that is one change.
    static func changes(in alineas: [AlineaReport], wholeArticle: String?) -> [Change] {
        if let wholeArticle {
            return alineas.isEmpty ? [] : [Change(entry: 0, ops: [], what: wholeArticle)]
        }
        var result: [Change] = []
        for (index, alinea) in alineas.enumerated() {
            switch alinea.kind {
            case .unchanged, .typographic: continue
            case .inserted: result.append(Change(entry: index, ops: [], what: "alinéa inserted"))
            case .deleted: result.append(Change(entry: index, ops: [], what: "alinéa deleted"))
            case .moved: result.append(Change(entry: index, ops: [], what: "alinéa moved"))
            case .changed: result += runs(alinea.ops, entry: index)
            }
        }
        return result
    }

    /// Runs of consecutive deletions and insertions; the two halves of a moved sentence form one change.
    private static func runs(_ ops: [OpReport], entry: Int) -> [Change] {
        var result: [Change] = []
        var current: [Int] = []
        var moves: [Int: Int] = [:]
        func close() {
            guard !current.isEmpty else { return }
            let kinds = Set(current.map { ops[$0].op })
            let what = kinds.count == 2 ? "words replaced" : (kinds.contains(.insert) ? "words inserted" : "words deleted")
            result.append(Change(entry: entry, ops: current, what: what))
            current = []
        }
        for (index, op) in ops.enumerated() {
            if op.op == .equal {
                close()
            } else if let move = op.move {
                close()
                if let existing = moves[move] {
                    result[existing].ops.append(index)
                } else {
                    moves[move] = result.count
                    result.append(Change(entry: entry, ops: [index], what: "sentence moved"))
                }
            } else {
                current.append(index)
            }
        }
        close()
        return result
    }

    /// The verdict of one change from the explainer's attributions: explained when an attribution
    /// names amendments for it, unexplained when the explainer found none, nil when it said nothing.
    static func verdict(
        of change: Change, in attributions: [Attribution]
    ) -> (verdict: Attribution.Verdict, amendments: [String], note: String?)? {
        let matching = attributions.filter { attribution in
            guard attribution.entry == change.entry else { return false }
            guard let op = attribution.op, !change.ops.isEmpty else { return true }
            return change.ops.contains(op)
        }
        guard !matching.isEmpty else { return nil }
        var numbers: [String] = []
        for attribution in matching where attribution.verdict == .explained {
            for number in attribution.amendments where !numbers.contains(number) { numbers.append(number) }
        }
        let notes = matching.compactMap(\.note)
        var note: String? = notes.isEmpty ? nil : Array(Set(notes)).sorted().joined(separator: "; ")
        if !numbers.isEmpty {
            if matching.contains(where: { $0.verdict != .explained }) {
                note = (["part of this change is not explained"] + [note].compactMap { $0 }).joined(separator: "; ")
            }
            return (.explained, numbers, note)
        }
        if matching.contains(where: { $0.verdict == .unexplained }) { return (.unexplained, [], note) }
        return (.notAssessed, [], note)
    }
}
