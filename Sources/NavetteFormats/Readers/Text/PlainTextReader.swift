import NavetteCore

/// Reads text pasted by a user: `Article N` headings, division headings (`TITRE II`), status lines
/// (`(Supprimé)`), and one alinéa per non-empty line. A line broken in the middle of a sentence (it
/// ends without punctuation and the next starts in lowercase) is joined to the next one.
public enum PlainTextReader {
    public static func read(_ bytes: [UInt8], file: String) throws -> Reading {
        let text = try TextDecoding.decode(bytes, file: file, expected: "a bill text")
        return read(text: text, file: file)
    }

    /// Reads text already decoded.
    public static func read(text: String, file: String) -> Reading {
        var reading = Reading(id: "")
        var preamble: [String] = []
        var current: Article? = nil
        var lines: [String] = []
        var openRanks: [Int] = []

        func closeArticle() {
            guard var article = current else { return }
            article.alineas = joinWrapped(lines).map { Alinea($0) }
            reading.articles.append(article)
            current = nil
            lines = []
        }

        for rawLine in text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        {
            let line = rawLine.trimmingSpaces()
            if line.isEmpty { continue }
            if let heading = ArticleHeading.parse(line) {
                closeArticle()
                // A heading naming several articles (`Articles 3 et 4 (Supprimés)`) opens each; the
                // text that follows belongs to the last.
                for label in heading.labels {
                    closeArticle()
                    current = Article(
                        label: label, flags: heading.nouveau ? [.nouveau] : [], status: heading.status,
                        division: reading.divisions.isEmpty ? nil : reading.divisions.count - 1)
                }
                continue
            }
            if let division = DivisionHeading.parse(line, centered: false) {
                closeArticle()
                // A division closes the open ones of the same or a lower level (a higher rank).
                while let top = openRanks.last, top >= division.rank { openRanks.removeLast() }
                let depth = openRanks.count
                openRanks.append(division.rank)
                reading.divisions.append(
                    Division(
                        kind: division.kind, label: division.label, heading: division.heading, depth: depth,
                        firstArticle: reading.articles.count))
                continue
            }
            if current != nil {
                if lines.isEmpty, let status = StatusLine.parse(line) {
                    current?.status = status
                    continue
                }
                lines.append(line)
            } else if let last = reading.divisions.indices.last, reading.divisions[last].heading == nil,
                reading.divisions[last].firstArticle == reading.articles.count, line.count < 200
            {
                reading.divisions[last].heading = line
            } else {
                preamble.append(line)
            }
        }
        closeArticle()

        if reading.articles.isEmpty {
            // No heading at all: the whole text is one article (an article pasted on its own).
            let alineas = joinWrapped(preamble).map { Alinea($0) }
            if !alineas.isEmpty {
                reading.articles = [Article(label: "unique", alineas: alineas)]
                reading.diagnostics.append(
                    Diagnostic(.note, "no 'Article' heading: the whole text is read as one article", source: file))
            }
        } else if !preamble.isEmpty {
            reading.title = preamble.first
            reading.diagnostics.append(
                Diagnostic(
                    .note, "\(preamble.count) line(s) before the first article were read as the title", source: file))
        }
        return reading
    }

    /// Joins lines broken inside a sentence: the line ends without closing punctuation and the next
    /// starts with a lowercase letter. O(n): a line is appended in place (a paragraph of 100,000
    /// wrapped lines was copied once per line).
    static func joinWrapped(_ lines: [String]) -> [String] {
        var output: [String] = []
        for line in lines {
            if let end = output.last?.last, !".;:!?»\")]…".contains(end), let start = line.first, start.isLowercase {
                output[output.count - 1] += " " + line
            } else {
                output.append(line)
            }
        }
        return output
    }
}
