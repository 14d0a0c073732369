/// The parts a partial placeholder of a later reading names (`II et III. – (Non modifiés)`), and the
/// alinéas of the earlier text they stand for.
enum PlaceholderParts {
    /// The designations named by a partial placeholder's part: `III à VI` gives III and VI.
    static func designations(_ part: String) -> [Designation] {
        var text = part
        if let open = text.firstIndex(of: "(") { text = String(text[..<open]) }  // "(nouveaux)"
        let pieces = text.replacing(" à ", with: "|").replacing(" et ", with: "|").replacing(",", with: "|")
        return pieces.split(separator: "|").compactMap { Designation(named: $0.trimming(" .-")) }
    }

    /// The alinéas of `alineas` that the parts cover: from the first part's opening alinéa to the end
    /// of the last part (next designation of the same level or above, outside quoted text).
    static func range(of parts: [Designation], in alineas: [Alinea]) -> Range<Int>? {
        guard let first = parts.first, let last = parts.last else { return nil }
        let openings = alineas.map { Designation(opening: $0.folded) }
        guard let start = openings.firstIndex(where: { $0 == first }) else { return nil }
        let lastStart = openings[start...].firstIndex { $0 == last } ?? start
        var end = lastStart + 1
        while end < alineas.count {
            if let opening = openings[end], opening.level <= last.level { break }
            end += 1
        }
        return start..<end
    }
}
