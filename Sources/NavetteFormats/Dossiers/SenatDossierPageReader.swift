import Foundation
import NavetteCore

/// Reads a Sénat dossier législatif page (`/dossier-legislatif/pjl14-424.html`). The timeline is a run
/// of `<div class="item …" id="timeline-N">` blocks under `<h3 class="title title-02">` stage headings
/// (`Commission mixte paritaire`, `Loi promulguée`); a block may name its stage in `<em>` (`1ère
/// lecture`, `nouv. lect.`) and its chamber in `<h4>`; each `<li>` holding a link is a document, its
/// date the last French date of the line (`déposé le 1er avril 2015`). Pages declare iso-8859-1 and
/// hold UTF-8; `XMLParser.parseHTML` decodes them by content.
public enum SenatDossierPageReader {
    static let base = URL(string: "https://www.senat.fr/")!

    public static func read(_ bytes: [UInt8], file: String) throws -> DossierFeed {
        let root = try XMLParser.parseHTML(bytes, file: file)
        var feed = DossierFeed(
            title: root.descendants(where: { $0.name == "h1" && has($0, class: "title-dosleg") }).first
                .map { DossierVocabulary.squeeze($0.text) })
        var state = State()
        walk(root, state: &state, feed: &feed)
        if !state.sawTimeline {
            throw ReadError(file: file, "no timeline (div id=\"timeline-N\"), expected a Sénat dossier législatif page")
        }
        if feed.readings.isEmpty {
            feed.diagnostics.append(Diagnostic(.warning, "the page lists no text of the bill", source: file))
        }
        return feed
    }

    private struct State {
        var stage: String?
        var chamberName: String?
        var sawTimeline = false
        var keys: Set<String> = []
    }

    private static func walk(_ element: XMLElement, state: inout State, feed: inout DossierFeed) {
        for child in element.elements {
            if child.name == "h3", has(child, class: "title-02") {
                state.stage = DossierVocabulary.stage(DossierVocabulary.squeeze(child.text))
                state.chamberName = nil
            } else if child.name == "div", child["id"]?.hasPrefix("timeline-") == true {
                state.sawTimeline = true
                item(child, state: &state, feed: &feed)
            } else {
                walk(child, state: &state, feed: &feed)
            }
        }
    }

    private static func item(_ item: XMLElement, state: inout State, feed: inout DossierFeed) {
        if let em = item.descendants("em").first,
            let stage = DossierVocabulary.stage(DossierVocabulary.squeeze(em.text))
        {
            state.stage = stage
        }
        if let h4 = item.descendants("h4").first {
            // "Assemblée nationale (dossier législatif sur le site de l'Assemblée nationale)"
            state.chamberName = DossierVocabulary.squeeze(ownText(h4))
        }
        for li in item.descendants("li") {
            guard let document = document(li, state: state), state.keys.insert(document.key).inserted else { continue }
            feed.documents.append(document)
        }
    }

    private static func document(_ li: XMLElement, state: State) -> DossierDocument? {
        let own = ownContent(li)
        guard
            let link = own.flatMap({ [$0] + $0.descendants("a") }).first(where: {
                $0.name == "a" && isDocumentLink($0["href"])
            }),
            let href = link["href"], let url = URL(string: href, relativeTo: base)?.absoluteURL.absoluteString
        else { return nil }
        let text = DossierVocabulary.squeeze(textOutsideLists(li))
        let linkText = DossierVocabulary.squeeze(link.text)
        var kind = DossierVocabulary.kind(title: linkText)
        var number = DossierVocabulary.number(in: text)
        var title = linkText + (number.map { " n° \($0)" } ?? "")
        var date = DossierDate.last(in: text)
        if state.stage == "promulgation", DossierVocabulary.chamber(url: url) == .gouvernement {
            // "Loi … (n° 2015-912 du 24 juillet 2015), parue au JO n° 171 du 26 juillet 2015": the law's
            // own number and date, not the Journal officiel's.
            kind = .law
            if let range = text.range(
                of: #"n°\s*\d{4}-\d+\s+du\s+\d{1,2}(er)?\s+\S+\s+\d{4}"#, options: .regularExpression)
            {
                let cited = String(text[range])
                number = DossierVocabulary.number(in: cited)
                date = DossierDate.last(in: cited)
                title = "Loi \(DossierVocabulary.squeeze(cited))"
            }
        }
        var document = DossierDocument(
            key: url + "#" + (number ?? linkText), kind: kind, title: title, number: number, stage: state.stage,
            date: date,
            url: url, summary: text)
        if kind == .text { document.step = DossierVocabulary.step(title: linkText, description: text) }
        if state.stage == "CMP", document.step == "commission" {
            document.chamber = .cmp
        } else {
            document.chamber =
                DossierVocabulary.chamber(url: url) ?? state.chamberName.flatMap(DossierVocabulary.chamber(named:))
        }
        return document
    }

    /// The children of `li` outside nested lists: a `<li>` that opens a sub-list (`Travaux de
    /// commission`) is a heading, its documents are the sub-list's items.
    private static func ownContent(_ li: XMLElement) -> [XMLElement] {
        li.elements.filter { $0.name != "ul" && $0.name != "ol" && $0.name != "li" }
    }

    private static func textOutsideLists(_ element: XMLElement) -> String {
        element.children.map { child -> String in
            switch child {
            case .text(let text): return text
            case .element(let inner): return ["ul", "ol", "li"].contains(inner.name) ? " " : inner.text
            }
        }.joined()
    }

    private static func ownText(_ element: XMLElement) -> String {
        element.children.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined(separator: " ")
    }

    private static func isDocumentLink(_ href: String?) -> Bool {
        guard let href, !href.isEmpty else { return false }
        return !href.hasPrefix("#") && !href.hasPrefix("mailto:") && !href.contains("/senateur/")
    }

    private static func has(_ element: XMLElement, class name: String) -> Bool {
        (element["class"] ?? "").split(separator: " ").contains { $0 == name }
    }
}
