import NavetteCore

/// Turns La Fabrique's section list (ids such as `T1`, `T2 bis A`, `T1C2S1`) and the section id each
/// article names into ordered `Division`s placed before their first article.
struct SectionOutline {
    private(set) var divisions: [Division] = []
    /// For each article, the index in `divisions` of its innermost division.
    private(set) var articleDivision: [Int?] = []

    init(sections: [[String: Any]], articleSections: [String?]) {
        var entries: [(id: String, division: Division, first: Int, listed: Int)] = []
        for (listed, section) in sections.enumerated() {
            guard let id = section["id"] as? String else { continue }
            let levels = SectionOutline.levels(id)
            let kind = Division.Kind(rawValue: (section["type_section"] as? String ?? "").lowercased()) ?? .other
            let first = articleSections.firstIndex { article in
                guard let article else { return false }
                return article == id || SectionOutline.levels(article).starts(with: levels)
            }
            let division = Division(
                kind: kind, label: levels.last.map(SectionOutline.label) ?? id,
                heading: section["titre"] as? String, depth: max(0, levels.count - 1), firstArticle: first ?? Int.max)
            entries.append((id, division, first ?? Int.max, listed))
        }
        // Divisions without articles keep their listed place: they take the first article of the next one.
        var next = articleSections.count
        for index in entries.indices.reversed() {
            if entries[index].first == Int.max { entries[index].first = next } else { next = entries[index].first }
            entries[index].division.firstArticle = entries[index].first
        }
        entries.sort { ($0.first, $0.division.depth, $0.listed) < ($1.first, $1.division.depth, $1.listed) }
        divisions = entries.map(\.division)
        let indexByID = Dictionary(entries.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        articleDivision = articleSections.map { $0.flatMap { indexByID[$0] } }
    }

    /// Splits a section id into levels: a level starts with a capital letter followed by a digit
    /// (`T1C2` -> `T1`, `C2`); other words are suffixes of the level (`T2 bis A`).
    static func levels(_ id: String) -> [String] {
        var levels: [String] = []
        let characters = Array(id)
        var current = ""
        for (index, character) in characters.enumerated() {
            let startsLevel =
                character.isUppercase && "TCSLPV".contains(character) && index + 1 < characters.count
                && characters[index + 1].isNumber
                && (index == 0 || characters[index - 1] != " ")
            if startsLevel, !current.isEmpty {
                levels.append(current.trimmingCharacters(in: .init(charactersIn: " ")))
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { levels.append(current.trimmingCharacters(in: .init(charactersIn: " "))) }
        return levels
    }

    /// `T2 bis A` -> `Titre II bis A`, `C1` -> `Chapitre Ier`, `S3` -> `Section 3`.
    static func label(_ level: String) -> String {
        guard let letter = level.first else { return level }
        let rest = level.dropFirst()
        let digits = rest.prefix { $0.isNumber }
        let suffix = rest.dropFirst(digits.count)
        let number = Int(digits) ?? 0
        switch letter {
        case "T": return "Titre " + (number == 1 ? "Ier" : Roman.string(number)) + suffix
        case "C": return "Chapitre " + (number == 1 ? "Ier" : Roman.string(number)) + suffix
        case "L": return "Livre " + (number == 1 ? "Ier" : Roman.string(number)) + suffix
        case "S": return "Section \(number)" + suffix
        case "P": return "Paragraphe \(number)" + suffix
        default: return level
        }
    }
}
