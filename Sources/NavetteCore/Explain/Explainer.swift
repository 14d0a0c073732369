/// Attributes each change of an article between two readings to the amendment(s) that produce it,
/// and groups every amendment of a reading by the alinéa it targets (what was tried, what passed).
///
/// A change is explained by an adopted amendment on the article when the amendment's text carries
/// it: the words inserted appear in what the dispositif writes (its quotations, or the text after
/// `ainsi rédigé :`), the words deleted in what it quotes or the alinéa it suppresses, an inserted
/// or deleted alinéa in what it writes or names. Several amendments can explain one change
/// (identical amendments, a sub-amendment). A change no adopted amendment carries is `unexplained`;
/// with no amendment held for the step at all, `not assessed`.
public enum Explainer {
    public static func explain(
        _ comparison: Comparison, article label: String, from: String, to: String, amendments: [Amendment]
    ) -> StepExplanation {
        var explanation = StepExplanation(from: from, to: to)
        let adopted = amendments.filter { $0.fate == .adopte && $0.targets(article: label) }
        let textless = adopted.filter { $0.dispositif.isEmpty }.map(\.number)
        // The earlier text, put back together from the comparison, for applying each amendment to it.
        let before = comparison.alineas.compactMap { entry in entry.oldNumber.map { ($0, entry.old ?? "") } }
            .sorted { $0.0 < $1.0 }.map { Alinea($0.1) }
        let evidence = adopted.map { Evidence($0, before: before) }
        var used: Set<String> = []
        for (entryIndex, entry) in comparison.alineas.enumerated() {
            for change in changes(in: entry) {
                let keys = Evidence.ChangeKeys(change)
                var attribution = Attribution(entry: entryIndex, op: change.op, verdict: .unexplained)
                if amendments.isEmpty {
                    attribution.verdict = .notAssessed
                    attribution.note = "no amendment of this step is held"
                } else {
                    let matched = evidence.compactMap { item in
                        item.reason(for: change, keys: keys, entry: entry).map { (item, $0) }
                    }
                    if matched.isEmpty, !textless.isEmpty {
                        // Adopted amendments whose text is not held (La Fabrique lists numbers and
                        // fates only): they may have made the change; navette cannot tell which.
                        attribution.verdict = .notAssessed
                        attribution.amendments = textless
                        attribution.note = "candidates: adopted on this article, their text is not held"
                    } else if matched.isEmpty {
                        attribution.note =
                            adopted.isEmpty
                            ? "no adopted amendment on this article" : "no adopted amendment carries this change"
                    } else {
                        attribution.verdict = .explained
                        attribution.amendments = matched.map(\.0.amendment.number)
                        attribution.note = matched.first?.1
                        used.formUnion(attribution.amendments)
                    }
                }
                explanation.attributions.append(attribution)
            }
        }
        attributeSuppressionPlaceholders(comparison, in: &explanation)
        explanation.unmatchedAmendments = adopted.filter { !$0.dispositif.isEmpty }.map(\.number).filter {
            !used.contains($0)
        }
        return explanation
    }

    /// An inserted `1° (Supprimé)` stands where an alinéa was suppressed: it goes to the amendment
    /// that suppressed one in the same step.
    static func attributeSuppressionPlaceholders(_ comparison: Comparison, in explanation: inout StepExplanation) {
        let suppressors = explanation.attributions.filter { attribution in
            attribution.verdict == .explained && comparison.alineas[attribution.entry].kind == .deleted
        }.flatMap(\.amendments)
        guard !suppressors.isEmpty else { return }
        for index in explanation.attributions.indices where explanation.attributions[index].verdict == .unexplained {
            let entry = comparison.alineas[explanation.attributions[index].entry]
            guard entry.kind == .inserted, let text = entry.new,
                case .partial(_, .supprime)? = Alinea.detectPlaceholder(in: text)
            else { continue }
            explanation.attributions[index].verdict = .explained
            explanation.attributions[index].amendments = Array(Set(suppressors)).sorted()
            explanation.attributions[index].note = "the placeholder left by the suppressed alinéa"
        }
    }

    /// Every amendment on the article, grouped by the alinéa it targets (nil: the whole article or
    /// an unknown place), alinéas in order, amendments in number order.
    public static func tried(_ amendments: [Amendment], article label: String) -> [AlineaAmendments] {
        let onArticle = amendments.filter { $0.targets(article: label) }
        let groups = Dictionary(grouping: onArticle) { $0.target.alinea }
        return groups.keys.sorted { ($0 ?? 0) < ($1 ?? 0) }.map { alinea in
            AlineaAmendments(
                alinea: alinea,
                amendments: groups[alinea]!.sorted(by: numberOrder))
        }
    }

    /// `CL4` < `CL12` < `27` < `45 rect.`: prefix, then the number's value, then the printed form.
    static func numberOrder(_ lhs: Amendment, _ rhs: Amendment) -> Bool {
        let l = lhs.parsedNumber
        let r = rhs.parsedNumber
        if l.prefix != r.prefix { return l.prefix < r.prefix }
        let (lv, rv) = (Int(l.digits) ?? Int.max, Int(r.digits) ?? Int.max)
        return lv != rv ? lv < rv : lhs.number < rhs.number
    }

    /// One change of a comparison entry: an op (word change) or the whole alinéa.
    struct Change {
        var op: Int?
        var inserted: String
        var deleted: String
    }

    static func changes(in entry: Comparison.Entry) -> [Change] {
        switch entry.kind {
        case .unchanged, .typographic:
            return []
        case .inserted:
            return [Change(op: nil, inserted: entry.new ?? "", deleted: "")]
        case .deleted:
            return [Change(op: nil, inserted: "", deleted: entry.old ?? "")]
        case .moved where entry.ops.allSatisfy({ $0.op == .equal }):
            return [Change(op: nil, inserted: entry.new ?? "", deleted: entry.old ?? "")]
        case .changed, .moved:
            return entry.ops.enumerated().compactMap { index, op in
                switch op.op {
                case .equal: return nil
                case .insert: return Change(op: index, inserted: op.text, deleted: "")
                case .delete: return Change(op: index, inserted: "", deleted: op.text)
                }
            }
        }
    }
}

/// The amendments that target one alinéa of an article (nil: the whole article, or no alinéa given).
public struct AlineaAmendments: Sendable, Hashable {
    public var alinea: Int?
    public var amendments: [Amendment]

    public init(alinea: Int?, amendments: [Amendment]) {
        self.alinea = alinea
        self.amendments = amendments
    }
}
