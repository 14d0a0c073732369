/// Trimming shared by every module: official texts carry no-break and narrow no-break spaces at the
/// edges of paragraphs, which Foundation's `.whitespaces` does not all take.
extension StringProtocol {
    /// The text without spaces of any kind (no-break, narrow no-break, line breaks, BOM) at either end.
    public func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, Folding.isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, Folding.isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }

    /// The text without any of `characters` at either end: `"(Supprimé). ".trimming(" .")`.
    public func trimming(_ characters: String) -> String {
        let set = Set(characters)
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}

extension String {
    /// The text cut before its trailing spaces (of any kind): a marked run of a diff is written
    /// without them, and they follow the mark, so `[−30 juin 2025] [+31 mars 2025]` reads.
    public func splittingTrailingSpaces() -> (body: Substring, trailing: Substring) {
        var end = unicodeScalars.endIndex
        while end > unicodeScalars.startIndex {
            let before = unicodeScalars.index(before: end)
            guard Folding.isSpace(unicodeScalars[before]) else { break }
            end = before
        }
        return (self[..<end], self[end...])
    }
}
