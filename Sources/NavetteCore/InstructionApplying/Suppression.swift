/// What a deleted division of a bill leaves behind.
///
/// In the navette, a numbered division that an amendment deletes stays in the text as its number
/// followed by `(Supprimé)` (`3° (Supprimé)`, `IV. – (Supprimé)`, `a et b) (Supprimé)`), so that the
/// other divisions keep their numbers; alinéas without a number simply go.
enum Suppression {
    /// The lines to keep in place of the deleted `indices`: for each run of whole divisions deleted,
    /// the index of its first line and the placeholder that replaces the run.
    static func placeholders(deleting indices: [Int], in lines: [String]) -> [Int: String] {
        let deleted = Set(indices)
        var runs: [[(index: Int, level: Designation.Level, label: String)]] = []
        var index = 0
        while index < lines.count {
            let quoted = QuoteShape.opens(lines[index])
            guard deleted.contains(index), let designation = Designation(opening: QuoteShape.unquoted(lines[index]))
            else {
                index += 1
                continue
            }
            // A division of the bill runs to the bill's next division of its level; a division of
            // quoted text (`« 7° …`) to the end of the quote or its next division.
            var end = index + 1
            while end < lines.count {
                let next = lines[end]
                if quoted && !QuoteShape.opens(next) { break }
                let nextDesignation =
                    quoted || !QuoteShape.opens(next) ? Designation(opening: QuoteShape.unquoted(next)) : nil
                if let level = nextDesignation?.level, level <= designation.level { break }
                end += 1
            }
            guard (index..<end).allSatisfy(deleted.contains) else {
                index += 1
                continue
            }
            let entry = (index: index, level: designation.level, label: designation.label)
            if let last = runs.last?.last, last.level == designation.level,
                runEnds(after: last.index, at: index, deleted: deleted)
            {
                runs[runs.count - 1].append(entry)
            } else {
                runs.append([entry])
            }
            index = end
        }
        var result: [Int: String] = [:]
        for run in runs {
            guard let first = run.first else { continue }
            result[first.index] = placeholder(run.map(\.label), level: first.level, original: lines[first.index])
        }
        return result
    }

    /// The `II. – (Supprimé)` that a new `II. – …` re-establishes: a division keeps its number when it is
    /// deleted precisely so that it can come back under it, and two divisions never share a number.
    /// Only the placeholder among the siblings next to `position` (nothing of its level or above
    /// between them), for a single designation of the same level, with the same quoting.
    static func placeholder(for new: [String], near position: Int, in lines: [String]) -> Int? {
        guard let first = new.first, let wanted = Designation(opening: QuoteShape.unquoted(first)) else {
            return nil
        }
        let quoted = QuoteShape.opens(first)
        /// The index when `index` is the placeholder, false when it is another sibling or a division
        /// above (the search stops), nil when it is deeper or unnumbered (the search goes on).
        func verdict(_ index: Int) -> Int?? {
            let line = lines[index]
            guard let found = Designation(opening: QuoteShape.unquoted(line)), found.level <= wanted.level else {
                return nil
            }
            guard found.level == wanted.level, found.key == wanted.key,
                placeholderShape.matches(Folding.fold(QuoteShape.unquoted(line))), !quoted || QuoteShape.opens(line)
            else { return .some(nil) }
            return .some(index)
        }
        let before = stride(from: position - 1, through: 0, by: -1).lazy.compactMap(verdict).first ?? nil
        return before ?? (position..<lines.count).lazy.compactMap(verdict).first ?? nil
    }

    private static let listSeparator = Pattern(#"\s*,\s*|\s+et\s+"#)
    private static let placeholderShape = Pattern(#"^(.+?)(?:\.\s*-)?\s*\(Supprim[ée]s?\)\s*;?$"#)

    /// `2° (Supprimé)` next to a new `3° (Supprimé)`: one placeholder, `2° et 3° (Supprimé)`.
    static func merged(_ first: String, _ second: String) -> String? {
        let a = Folding.fold(QuoteShape.unquoted(first))
        let b = Folding.fold(QuoteShape.unquoted(second))
        guard QuoteShape.opens(first) == QuoteShape.opens(second),
            let left = placeholderShape.firstMatch(in: a)?[1], let right = placeholderShape.firstMatch(in: b)?[1],
            let leftLevel = Designation(opening: a)?.level, let rightLevel = Designation(opening: b)?.level,
            leftLevel == rightLevel
        else { return nil }
        let labels = listSeparator.split(left) + [right]
        let mark = QuoteShape.opens(first) ? String(first.trimmingSpaces().prefix(1)) : ""
        return mark
            + placeholderText(
                labels.map { ($0).trimmingSpaces() }.filter { !$0.isEmpty }, level: leftLevel, original: second)
    }

    /// True when every line between two deleted divisions is deleted too.
    private static func runEnds(after previous: Int, at index: Int, deleted: Set<Int>) -> Bool {
        (previous..<index).allSatisfy(deleted.contains)
    }

    private static func placeholder(_ labels: [String], level: Designation.Level, original: String) -> String {
        let mark = QuoteShape.opens(original) ? String(original.trimmingSpaces().prefix(1)) : ""
        return mark + placeholderText(labels, level: level, original: original)
    }

    private static func placeholderText(_ labels: [String], level: Designation.Level, original: String) -> String {
        let names = level == .subItem ? labels.map { $0.hasSuffix(")") ? String($0.dropLast()) : $0 } : labels
        var list: String
        switch names.count {
        case 1: list = names[0]
        default: list = names.dropLast().joined(separator: ", ") + " et " + names[names.count - 1]
        }
        if level == .subItem { list += ")" }
        switch level {
        case .roman, .letter, .arabic:
            let dash = original.contains("–") ? "–" : "-"
            return "\(list). \(dash) (Supprimé)"
        case .item, .subItem:
            return "\(list) (Supprimé)"
        }
    }
}
