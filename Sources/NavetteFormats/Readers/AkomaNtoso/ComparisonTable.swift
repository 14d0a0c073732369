import NavetteCore

/// The version text of a body published as a side-by-side comparison table (the Italian Senate's
/// "testo a fronte"): one column per version, the last one being the version the document carries
/// (ddlpres: the text as sent back by the Camera; ddlcomm: the text the committee proposes).
///
/// Rows align the versions: a row whose cell is `Art. N.` starts an article, the next one in
/// parentheses is its heading, the others are its alinéas (one per `p`). A cell that says
/// `Identico` (or `1. Identico:`) repeats the resolved cell to its left; a bare `Identico` also covers
/// the empty cells below it, up to the next article. `Soppresso` removes the alinéa, or the whole
/// article when it stands on an article row. Each of these choices is reported as a diagnostic.
enum ComparisonTable {
    /// A cell once `Identico` is resolved: its paragraphs, or the mark that the version removed it.
    struct Cell {
        var paragraphs: [String] = []
        var suppressed = false
    }

    struct Version {
        var divisions: [Division] = []
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
    }

    /// The rows of the first table of the body whose last column holds article designations.
    static func find(in body: Int, _ markup: MarkupBlocks.Document) -> [[[String]]]? {
        for table in markup.table.descendants(of: body, named: "table") {
            let rows = rows(of: table, markup)
            let holdsArticles = rows.contains { row in
                row.count >= 2 && row.last.map { $0.count == 1 && ArticleLabel.isDesignation($0[0]) } == true
            }
            if holdsArticles { return rows }
        }
        return nil
    }

    /// The version text of a table's rows (`find`).
    static func read(_ raw: [[[String]]]) -> Version {
        var version = Version()
        let columns = raw.map(\.count).max() ?? 0
        var kept: [[[String]]] = []
        for (index, row) in raw.enumerated() {
            if row.count == columns {
                kept.append(row)
            } else if !row.joined().isEmpty {
                let text = row.flatMap { $0 }.joined(separator: " ")
                version.diagnostics.append(
                    Diagnostic(
                        .note, "comparison table row \(index + 1) spans the columns, not read: \(text.prefix(60))…"))
            }
        }
        let resolved = resolve(kept, columns: columns)
        guard let first = kept.firstIndex(where: { $0.contains { isDesignationCell($0) } }) else { return version }
        let titles = first > 0 ? kept[first - 1].map { $0.joined(separator: " ") } : []
        version.diagnostics.append(
            Diagnostic(
                .note,
                "side-by-side comparison table of \(columns) versions (\(titles.joined(separator: " | "))): read the last column; «Identico» taken from the column to its left, «Soppresso» left out"
            ))
        var expectHeading = false
        for row in first..<kept.count {
            let cell = resolved[row][columns - 1]
            let left = columns > 1 ? resolved[row][columns - 2] : Cell()
            if cell.suppressed {
                let what =
                    isDesignationCell(left.paragraphs)
                    ? "article «\(left.paragraphs[0])» of the previous version" : "an alinéa"
                version.diagnostics.append(
                    Diagnostic(
                        .note, "\(what) removed in this version (Soppresso)", article: version.articles.last?.label))
                continue
            }
            guard !cell.paragraphs.isEmpty else { continue }
            if isDesignationCell(cell.paragraphs) {
                let (label, flags) = ArticleLabel.parse(cell.paragraphs[0])
                version.articles.append(
                    Article(label: label, flags: flags, division: version.divisions.indices.last))
                expectHeading = true
            } else if cell.paragraphs.count == 1,
                let division = division(cell.paragraphs[0], first: version.articles.count)
            {
                version.divisions.append(division)
            } else if version.articles.isEmpty {
                continue  // the header rows above the first article
            } else if expectHeading, cell.paragraphs.count == 1, cell.paragraphs[0].hasPrefix("("),
                cell.paragraphs[0].hasSuffix(")")
            {
                version.articles[version.articles.count - 1].heading = cell.paragraphs[0]
                expectHeading = false
            } else {
                version.articles[version.articles.count - 1].alineas += cell.paragraphs.map { Alinea($0) }
                expectHeading = false
            }
        }
        return version
    }

    /// Resolves every column from the left one: `Identico` repeats, empty cells under a bare
    /// `Identico` continue it until the next article row.
    static func resolve(_ rows: [[[String]]], columns: Int) -> [[Cell]] {
        var resolved = rows.map { $0.map { Cell(paragraphs: $0) } }
        guard columns > 1 else { return resolved }
        for column in 1..<columns {
            var continuing = false
            for row in rows.indices {
                let left = resolved[row][column - 1]
                let paragraphs = rows[row][column]
                if paragraphs.isEmpty {
                    if continuing && isDesignationCell(left.paragraphs) { continuing = false }
                    if continuing { resolved[row][column] = left }
                    continue
                }
                continuing = false
                var cell = Cell()
                for paragraph in paragraphs {
                    switch marker(paragraph) {
                    case .suppressed?:
                        cell.suppressed = true
                    case .identical(let prefix)?:
                        if left.suppressed { cell.suppressed = true }
                        if prefix.isEmpty {
                            cell.paragraphs += left.paragraphs
                            continuing = paragraphs.count == 1
                        } else {
                            let same = left.paragraphs.first { $0.hasPrefix(prefix) } ?? left.paragraphs.first
                            cell.paragraphs.append(
                                same.map { $0.hasPrefix(prefix) ? $0 : prefix + " " + $0 } ?? paragraph)
                        }
                    case nil:
                        cell.paragraphs.append(paragraph)
                    }
                }
                resolved[row][column] = cell
            }
        }
        return resolved
    }

    enum Marker: Equatable {
        case identical(prefix: String)
        case suppressed
    }

    /// `Identico`, `Identica.`, `1. Identico:`, `Soppresso`, `Soppressi.` (Italian agreement forms).
    static func marker(_ paragraph: String) -> Marker? {
        // No word lowercases to `identic…` or `soppress…` without those ASCII letters: most paragraphs
        // are told apart by a byte search rather than split into words.
        guard
            ByteSearch.containsASCIICaseInsensitive(paragraph, "identic")
                || ByteSearch.containsASCIICaseInsensitive(paragraph, "soppress")
        else { return nil }
        var words = paragraph.split(separator: " ").map(String.init)
        guard var last = words.popLast(), words.count <= 2 else { return nil }
        while let end = last.last, ".:;,".contains(end) { last.removeLast() }
        let word = last.lowercased()
        let stem = word.dropLast()
        guard word.count > 1, "oaie".contains(word.last!) else { return nil }
        if stem == "identic" { return .identical(prefix: words.joined(separator: " ")) }
        if stem == "soppress" && words.isEmpty { return .suppressed }
        return nil
    }

    private static func isDesignationCell(_ paragraphs: [String]) -> Bool {
        paragraphs.count == 1 && ArticleLabel.isDesignation(paragraphs[0])
    }

    /// `Capo I`, `Titolo II`, `Sezione 1`: a division row.
    private static func division(_ text: String, first: Int) -> Division? {
        guard text.dropFirst(40).isEmpty else { return nil }  // at most 40 characters, counted only that far
        let words = text.split(separator: " ")
        guard words.count >= 2 else { return nil }
        let kinds: [String: Division.Kind] = [
            "parte": .partie, "libro": .livre, "titolo": .titre, "capo": .chapitre, "sezione": .section,
        ]
        guard let kind = kinds[words[0].lowercased()], words[1].allSatisfy({ "IVXLC0123456789".contains($0) }) else {
            return nil
        }
        return Division(kind: kind, label: text, depth: 0, firstArticle: first)
    }

    /// The rows of a table as cells of paragraphs (one per `p`).
    private static func rows(of table: Int, _ markup: MarkupBlocks.Document) -> [[[String]]] {
        let page = markup.table
        return page.ownRows(ofTable: table).map { row in
            page.childElements(of: row).filter { page.name($0) == "td" || page.name($0) == "th" }.map {
                MarkupBlocks.alineas(of: $0, in: markup)
            }
        }
    }
}
