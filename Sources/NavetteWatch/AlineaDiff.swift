import NavetteCore

/// The changed alinéas between two versions of an article, as NavetteCore's comparison gives them
/// (alignment with moves, French-aware word diff): the watch stores and sends `Comparison.Entry`
/// itself. Typography and spacing alone are no change.
public enum AlineaDiff {
    public static func changedAlineas(old: [Alinea], new: [Alinea]) -> [Comparison.Entry] {
        Comparer.compare(old: old, new: new).alineas.filter { $0.kind != .unchanged && $0.kind != .typographic }
    }
}
