import NavetteCore

/// The json form of `navette apply`.
public struct ApplyReport: Encodable {
    struct AmendmentReport: Encodable {
        var file: String
        var understood: Bool
        /// For a sub-amendment: the amendment it changed.
        var appliedTo: String?
        /// For an amendment identical to an earlier one: that one (its edits are not applied twice).
        var identicalTo: String?
        var edits: [EditReport]
    }

    struct EditReport: Encodable {
        var instruction: String
        var target: EditTarget
        var operation: EditOperation
        var applied: Bool
        var outcome: String
        var detail: String?
    }

    var article: String?
    var alineas: [String]
    var amendments: [AmendmentReport]

    public init(label: String?, outcome: AmendmentSequence.Outcome) {
        article = label
        alineas = outcome.alineas
        amendments = outcome.amendments.map { applied in
            AmendmentReport(
                file: applied.name, understood: applied.dispositif.isUnderstood, appliedTo: applied.appliedTo,
                identicalTo: applied.identicalTo,
                edits: applied.results.map { result in
                    EditReport(
                        instruction: result.edit.instruction, target: result.edit.target,
                        operation: result.edit.operation,
                        applied: result.isApplied, outcome: Self.describe(result.outcome), detail: result.detail)
                })
        }
    }

    public static func describe(_ outcome: EditResult.Outcome) -> String {
        switch outcome {
        case .applied: return "applied"
        case .ambiguous(let count): return "applied (ambiguous: \(count) occurrences)"
        case .failed(let failure): return failure.rawValue
        }
    }
}

extension ApplyReport {
    /// The article as amended, as text: `Article N`, then the alinéas separated by blank lines
    /// (`(Supprimé)` when none is left).
    public static func text(label: String?, outcome: AmendmentSequence.Outcome) -> String {
        var text = label.map { "Article \($0)\n\n" } ?? ""
        text += outcome.alineas.joined(separator: "\n\n")
        text += outcome.alineas.isEmpty ? "(Supprimé)\n" : "\n"
        return text
    }

    /// One line per edit that did not apply: amendment, outcome, detail, instruction.
    public static func warnings(_ outcome: AmendmentSequence.Outcome) -> [String] {
        outcome.amendments.flatMap { applied in
            applied.results.filter { !$0.isApplied }.map { result in
                let detail = result.detail.map { " (\($0))" } ?? ""
                let instruction = result.edit.instruction.split(separator: "\n").joined(separator: " ")
                return "\(applied.name): \(describe(result.outcome))\(detail): \(instruction)"
            }
        }
    }
}
