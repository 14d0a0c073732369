/// Numbers the divisions an amendment adds without a number.
///
/// Amendments write `… – Le présent article entre en vigueur…` or `…° Le IV de l'article…` for a
/// paragraph or item whose number depends on the text it lands in; the adopted text carries the real
/// number (`III. –`). When a numbered paragraph is added to an article that had none, the article's
/// existing text becomes the other paragraph (`I. –` or `II. –`), as the adopted texts show.
enum Numbering {
    private static let romanPlaceholder = Pattern(#"^(?:\.{3,}|…)\s*(?=-)"#)
    private static let itemPlaceholder = Pattern(#"^(?:\.{3,}|…)\s*°\s*"#)

    /// Replaces number placeholders in `new` (inserted at `position` among `lines`).
    static func fill(_ new: [String], in lines: [String], at position: Int) -> [String] {
        var before = Array(lines[..<position])
        var result: [String] = []
        for text in new {
            let folded = Folding.fold(text)
            var filled = text
            let rest = String(text.drop(while: { $0 == "…" || $0 == "." }))
            let after = lines[position...]
            if romanPlaceholder.matches(folded) {
                let previous = lastNumber(in: before, level: .roman)
                if let previous, after.contains(where: { Designation(opening: $0)?.level == .roman }) {
                    filled = Latin.next(after: previous) + "." + rest
                } else {
                    let last = previous.flatMap(Roman.value) ?? (before.isEmpty ? 0 : 1)
                    filled = Roman.string(last + 1) + "." + rest
                }
            } else if itemPlaceholder.matches(folded) {
                let previous = lastNumber(in: before, level: .item)
                let itemRest = String(rest.drop(while: { $0 == "°" }))
                if let previous, after.contains(where: { Designation(opening: $0)?.level == .item }) {
                    filled = Latin.next(after: previous) + itemRest
                } else {
                    let last = previous.flatMap { Int($0.prefix(while: \.isNumber)) } ?? 0
                    filled = "\(last + 1)°" + itemRest
                }
            }
            result.append(filled)
            before.append(filled)
        }
        return result
    }

    /// When the first inserted alinéa opens a Roman paragraph and the article had none, the article's
    /// first alinéa gets the other number: `I` when the new paragraph is `II`, `II` when it is `I`.
    static func numberExisting(_ lines: [String], inserting new: [String], at position: Int) -> [(Int, String)] {
        guard let first = new.first, let designation = Designation(opening: first),
            designation.level == .roman, let number = Roman.value(designation.label), !lines.isEmpty,
            !lines.contains(where: { Designation(opening: $0)?.level == .roman }),
            !QuoteShape.opens(lines[0])
        else { return [] }
        let dash = first.contains("–") ? "–" : "-"
        if position == 0 && number == 1 { return [(0, "II. \(dash) " + lines[0])] }
        if position == lines.count && number == 2 { return [(0, "I. \(dash) " + lines[0])] }
        return []
    }

    private static func lastNumber(in lines: [String], level: Designation.Level) -> String? {
        for line in lines.reversed() {
            if let designation = Designation(opening: line), designation.level == level {
                return designation.label
            }
        }
        return nil
    }
}
