import NavetteCore
import NavetteFormats

/// The JSON shape of `navette amendments --format json`.
public struct AmendmentFileJSON: Encodable {
    var file: String
    var format: String
    var amendments: [Amendment]
    var diagnostics: [Diagnostic]

    public init(_ file: AmendmentFile) {
        self.file = file.file
        self.format = file.format.rawValue
        self.amendments = file.amendments
        self.diagnostics = file.diagnostics
    }
}

/// The text listing: one block per file, one line per amendment, then the file's diagnostics.
public enum AmendmentListing {
    /// `placement`: where `--against` placed each amendment, appended to its line.
    public static func write(
        _ files: [AmendmentFile], to output: inout some TextOutputStream,
        placement: (Amendment) -> String? = { _ in nil }
    ) {
        var total = 0
        for file in files {
            total += file.amendments.count
            output.write(
                "\(file.file) (\(file.format.rawValue)): \(file.amendments.count) amendment\(file.amendments.count == 1 ? "" : "s")\n"
            )
            for amendment in file.amendments {
                output.write("  " + line(amendment) + (placement(amendment).map { " | " + $0 } ?? "") + "\n")
            }
            for diagnostic in file.diagnostics {
                output.write("  \(diagnostic.severity.rawValue): \(diagnostic.message)\n")
            }
        }
        if files.count > 1 { output.write("\(total) amendments in \(files.count) files\n") }
    }

    static func line(_ amendment: Amendment) -> String {
        var parts = ["n° \(amendment.number)", target(amendment.target), fate(amendment)]
        var who = amendment.authors.prefix(2).joined(separator: ", ")
        if amendment.authors.count > 2 { who += " +\(amendment.authors.count - 2)" }
        if let group = amendment.group { who += who.isEmpty ? group : " (\(group))" }
        if !who.isEmpty { parts.append(who) }
        if let date = amendment.date { parts.append(date) }
        if !amendment.dispositif.isEmpty { parts.append("« \(firstWords(amendment.dispositif)) »") }
        return parts.joined(separator: " | ")
    }

    /// Where `--against` placed it: `placed on article 28, alinéa 22`, `not placeable: …`.
    public static func placement(_ placement: AmendmentPlacement) -> String {
        switch placement {
        case .alinea(let article, let alinea): return "placed on article \(article), alinéa \(alinea)"
        case .article(let article): return "placed on article \(article)"
        case .notPlaceable(let reason): return "not placeable: \(reason)"
        }
    }

    static func target(_ target: AmendmentTarget) -> String {
        var text: String
        switch target.kind {
        case .article:
            let label = target.article.map { "article \($0.key)" } ?? (target.label ?? "article ?")
            switch target.position {
            case .on: text = label
            case .before: text = "avant " + label
            case .after: text = "après " + label
            }
        case .division: text = target.label ?? "division"
        case .title: text = "titre"
        case .annex: text = target.label ?? "annexe"
        case .wholeText: text = "ensemble du texte"
        case .unknown: text = "cible inconnue"
        }
        if let alinea = target.alinea {
            text +=
                ", "
                + (target.alineaPosition == .after ? "après l'" : target.alineaPosition == .before ? "avant l'" : "")
                + "alinéa \(alinea)"
        }
        return text
    }

    static func fate(_ amendment: Amendment) -> String {
        guard amendment.fate != .unknown else {
            return amendment.fateText.map { "sort inconnu (\($0))" } ?? "sort inconnu"
        }
        return amendment.fate.rawValue
    }

    /// The first dozen words of the dispositif, on one line.
    static func firstWords(_ text: String, count: Int = 12) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        return words.prefix(count).joined(separator: " ") + (words.count > count ? " …" : "")
    }
}
