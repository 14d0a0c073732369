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
        /// The whole article was inserted or deleted: every entry is part of the change.
        var article = false
    }

    /// What the explainer's attributions say of one change.
    struct Finding {
        var verdict: Attribution.Verdict
        /// Numbers of the amendments that make it.
        var amendments: [String] = []
        /// Numbers of the amendments that may have made it (adopted, text not held).
        var candidates: [String] = []
        var note: String?
    }

    /// `wholeArticle`: the article was inserted or deleted in this step; that is one change.
    static func changes(in alineas: [AlineaReport], wholeArticle: String?) -> [Change] {
        if let wholeArticle {
            return alineas.isEmpty ? [] : [Change(entry: 0, ops: [], what: wholeArticle, article: true)]
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
            let what =
                kinds.count == 2 ? "words replaced" : (kinds.contains(.insert) ? "words inserted" : "words deleted")
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
    /// names amendments for it, unexplained when the explainer found none, not assessed (with the
    /// candidates it names) when it cannot tell; nil when it said nothing of the change.
    static func verdict(of change: Change, in attributions: [Attribution]) -> Finding? {
        let matching = attributions.filter { attribution in
            guard change.article || attribution.entry == change.entry else { return false }
            guard let op = attribution.op, !change.ops.isEmpty else { return true }
            return change.ops.contains(op)
        }
        guard !matching.isEmpty else { return nil }
        func numbers(_ verdict: Attribution.Verdict) -> [String] {
            var result: [String] = []
            for attribution in matching where attribution.verdict == verdict {
                for number in attribution.amendments where !result.contains(number) { result.append(number) }
            }
            return result
        }
        let notes = Array(Set(matching.compactMap(\.note))).sorted()
        var finding = Finding(verdict: .notAssessed, note: notes.isEmpty ? nil : notes.joined(separator: "; "))
        let explained = numbers(.explained)
        if !explained.isEmpty {
            finding.verdict = .explained
            finding.amendments = explained
            if matching.contains(where: { $0.verdict != .explained }) {
                finding.note = (["part of this change is not explained"] + [finding.note].compactMap { $0 }).joined(
                    separator: "; ")
            }
        } else if matching.contains(where: { $0.verdict == .notAssessed }) {
            finding.candidates = numbers(.notAssessed)
        } else {
            finding.verdict = .unexplained
        }
        return finding
    }
}
