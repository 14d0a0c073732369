/// Gives alinéas written by an amendment the quotation marks of the place they go to.
///
/// Inside a bill, the text of a code article is quoted: each of its alinéas opens with « and the last
/// one closes with » (often followed by ` ;` or `.`). Amendments quote their alinéas their own way, so
/// the parser removes the amendment's quoting and the editor puts back the marks the neighbours call
/// for: an alinéa rewritten inside a quoted block stays quoted and keeps the block's closing marks; an
/// alinéa inserted inside an open block opens with «.
enum QuoteShape {
    static func opens(_ text: String) -> Bool {
        guard let first = text.trimmingSpaces().unicodeScalars.first else { return false }
        return first == "«" || first == "\"" || first == "“"
    }

    /// The closing marks that end a quoted block (`» ;`, `".`), when the alinéa closes more quotes
    /// than it opens.
    static func closingSuffix(_ text: String) -> String? {
        let scalars = Array(text.trimmingSpaces().unicodeScalars)
        var opens = 0
        var closes = 0
        var straight = 0
        for scalar in scalars {
            switch scalar {
            case "«", "“": opens += 1
            case "»", "”": closes += 1
            case "\"": straight += 1
            default: break
            }
        }
        let firstStraightOpens = scalars.first == "\""
        let unbalanced =
            closes > opens || (straight % 2 == 1 && !firstStraightOpens)
            || (straight % 2 == 0 && firstStraightOpens && straight > 0)
        guard unbalanced else { return nil }
        guard let last = scalars.lastIndex(where: { $0 == "»" || $0 == "\"" || $0 == "”" }) else { return nil }
        let suffix = scalars[last...]
        guard suffix.dropFirst().allSatisfy({ Folding.isSpace($0) || $0 == ";" || $0 == "." || $0 == "," }) else {
            return nil
        }
        return String(String.UnicodeScalarView(suffix))
    }

    /// True when an alinéa leaves a quoted block open after it.
    static func leavesOpen(_ text: String) -> Bool { opens(text) && closingSuffix(text) == nil }

    /// New alinéas replacing `old` ones: opened if the first old one was, closed as the last old one was.
    static func rewriting(_ new: [String], replacing old: [String]) -> [String] {
        guard !new.isEmpty else { return new }
        if new.contains(where: opens) { return endingAsList(new, replacing: old) }
        var result = endingAsList(new, replacing: old)
        if let first = old.first, opens(first) {
            let mark = first.unicodeScalars.first == "\"" ? "\"" : "« "
            result = result.map { mark + $0 }
        }
        if let last = old.last, let suffix = closingSuffix(last), closingSuffix(result[result.count - 1]) == nil {
            result[result.count - 1] = withoutFinalSemicolon(result[result.count - 1], keeping: suffix) + suffix
        }
        return result
    }

    /// A rewritten item of a list ended with ` ;`: so does the block of quoted text replacing it
    /// (`3° Le quatrième alinéa est ainsi rédigé : « … »` → `… » ;`).
    private static func endingAsList(_ new: [String], replacing old: [String]) -> [String] {
        guard let oldLast = old.last, oldLast.trimmingSpaces().hasSuffix(";"),
            var last = new.last.map { $0.trimmingSpaces() },
            !last.hasSuffix(";")
        else { return new }
        if last.hasSuffix("."), !last.hasSuffix("..."), closingSuffix(oldLast) == nil {
            last.removeLast()
            last = last.trimmingSpaces()
        } else if let final = last.unicodeScalars.last, final != "»" && final != "\"" {
            return new
        }
        return new.dropLast() + [last + " ;"]
    }

    /// New alinéas inserted after `previous`: opened when `previous` leaves a quoted block open.
    static func inserting(_ new: [String], after previous: String?) -> [String] {
        guard let previous, leavesOpen(previous), !new.contains(where: opens) else { return new }
        let mark = previous.unicodeScalars.first == "\"" ? "\"" : "« "
        return new.map { mark + $0 }
    }

    /// Items added after the last item of a quoted list (`« 4° … mixte. »` then `5° …`) join the
    /// list: the former last item ends with ` ;` instead of closing the quote, the new last one
    /// closes it. Nil when the new alinéas do not continue the list.
    static func continuingList(after previous: String, with new: [String]) -> (previous: String, new: [String])? {
        guard opens(previous), let suffix = closingSuffix(previous), let first = new.first, !new.contains(where: opens),
            let level = Designation(opening: unquoted(previous))?.level,
            Designation(opening: first)?.level == level
        else { return nil }
        let mark = previous.unicodeScalars.first == "\"" ? "\"" : "« "
        var head = previous.trimmingSpaces()
        head.unicodeScalars.removeLast(suffix.unicodeScalars.count)
        head = head.trimmingSpaces()
        if head.hasSuffix(".") || head.hasSuffix(";") { head.removeLast() }
        var result = new.map { mark + $0 }
        result[result.count - 1] = (result[result.count - 1]).trimmingSpaces() + suffix
        return (head.trimmingSpaces() + " ;", result)
    }

    /// The text without its opening quotation mark.
    static func unquoted(_ text: String) -> String {
        let trimmed = text.trimmingSpaces()
        guard opens(trimmed) else { return trimmed }
        return String(String.UnicodeScalarView(trimmed.unicodeScalars.dropFirst())).trimmingSpaces()
    }

    /// `… L. 6213-12 ;` followed by the suffix `" ;` would say `;` twice.
    private static func withoutFinalSemicolon(_ text: String, keeping suffix: String) -> String {
        guard suffix.contains(";") else { return text }
        var result = text
        while let last = result.unicodeScalars.last, Folding.isSpace(last) || last == ";" {
            result.unicodeScalars.removeLast()
        }
        return result
    }
}
