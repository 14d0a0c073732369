import NavetteCore

/// One alinéa that changed, in the shape of NavetteCore's `Comparison.Entry` (same JSON field names:
/// `kind` changed/inserted/deleted, 1-based `oldNumber`/`newNumber`, `old`/`new` original text, `ops`
/// equal/insert/delete), so alerts and stored changes keep their form when the comparison engine
/// replaces `AlineaDiff`.
public struct AlineaChange: Sendable, Hashable, Codable {
    public struct Op: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable { case equal, insert, delete }
        public var op: Kind
        /// Original text with the spaces that follow it (new text for `equal`).
        public var text: String
        /// For `equal`: the old text when it differs from `text` (spacing, typography), so that the
        /// old alinéa can be put back together exactly.
        public var old: String?
    }

    public var kind: String
    public var oldNumber: Int?
    public var newNumber: Int?
    public var old: String?
    public var new: String?
    public var ops: [Op]
}

/// The changed alinéas between two versions of an article, from NavetteCore's comparison engine
/// (alignment with moves, French-aware word diff). Typography and spacing alone are no change.
public enum AlineaDiff {
    public static func changedAlineas(old: [Alinea], new: [Alinea]) -> [AlineaChange] {
        Comparer.compare(old: old, new: new).alineas
            .filter { $0.kind != .unchanged && $0.kind != .typographic }
            .map { entry in
                AlineaChange(
                    kind: entry.kind.rawValue, oldNumber: entry.oldNumber, newNumber: entry.newNumber, old: entry.old,
                    new: entry.new,
                    ops: entry.ops.map { op in
                        AlineaChange.Op(op: AlineaChange.Op.Kind(rawValue: op.op.rawValue) ?? .equal, text: op.text, old: op.old)
                    })
            }
    }
}
