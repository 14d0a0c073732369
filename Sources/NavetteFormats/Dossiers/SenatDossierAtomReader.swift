import NavetteCore

/// Reads the Sénat's Atom feed of a dossier (ISO-8859-15, declared in the XML declaration): one entry
/// per document, `<title>Texte n° 109</title>`, `<link href=".../leg/tas18-109.html"/>`, and a summary
/// `Première lecture - Sénat : Texte modifié par le Sénat le 11 juin 2019` that gives stage, chamber
/// and the date in French time (`<updated>` is UTC: `2019-06-10T22:00:00Z` is 11 June in Paris).
public enum SenatDossierAtomReader {
    static let atom = "http://www.w3.org/2005/Atom"

    public static func read(_ bytes: [UInt8], file: String) throws -> DossierFeed {
        let root = try XMLParser.parseXML(bytes, file: file)
        guard root.name == "feed", root.namespace == atom else {
            throw ReadError(file: file, "root element is <\(root.name)>, expected an Atom <feed> (Sénat dossier feed)")
        }
        var feed = DossierFeed(title: root.first("title").map { DossierVocabulary.squeeze($0.text) })
        for entry in root.elements("entry") {
            let title = DossierVocabulary.squeeze(entry.first("title")?.text ?? "")
            let link = entry.elements("link").first { ($0["rel"] ?? "alternate") == "alternate" }?["href"]
            let id = entry.first("id")?.text.trimmingSpaces()
            guard let key = id ?? link, !title.isEmpty else {
                feed.diagnostics.append(
                    Diagnostic(.warning, "an entry without title or id was skipped (line \(entry.line))", source: file))
                continue
            }
            let summary = DossierVocabulary.squeeze(entry.first("summary")?.text ?? "")
            // "Première lecture - Sénat : Texte modifié par le Sénat le 11 juin 2019"
            var context = ""
            var description = summary
            if let colon = summary.range(of: " : ") {
                context = String(summary[..<colon.lowerBound])
                description = String(summary[colon.upperBound...])
            }
            let parts = context.components(separatedBy: " - ")
            var document = DossierDocument(
                key: key, kind: DossierVocabulary.kind(title: title), title: title,
                number: DossierVocabulary.number(in: title), url: link,
                summary: description.isEmpty ? nil : description)
            document.stage = parts.first.flatMap(DossierVocabulary.stage)
            document.chamber =
                parts.dropFirst().first.flatMap(DossierVocabulary.chamber(named:))
                ?? link.flatMap(DossierVocabulary.chamber(url:))
            if document.kind == .text { document.step = DossierVocabulary.step(title: title, description: description) }
            let updated = (entry.first("updated") ?? entry.first("published"))?.text.trimmingSpaces()
            document.date = DossierDate.last(in: description) ?? updated.flatMap(DossierDate.parisDate(iso:))
            if document.date == nil {
                feed.diagnostics.append(Diagnostic(.note, "no date for entry '\(title)'", source: file))
            }
            feed.documents.append(document)
        }
        if feed.documents.isEmpty {
            feed.diagnostics.append(Diagnostic(.warning, "the feed lists no document", source: file))
        }
        return feed
    }
}
