import Foundation
import NavetteCore
import TestSupport
import Testing

@testable import NavetteFormats

/// NosDéputés parsed the same LOPPSI 2 page (pl1697) with its own tool: an independent reading to
/// compare with. Its alinéas are HTML snippets with "oe" for œ and "-" for –, so both sides are
/// compared after `Folding.fold` (tags stripped and entities decoded on its side).
@Suite struct HTMLNosDeputesTests {
    private struct Line: Decodable {
        var type: String
        var article: String?
        var ordre: String?
        var texte: String?
    }

    /// The articles of the bill text (`ordre` set; the exposé's per-article notes have none) and
    /// their alinéas, in order.
    private func nosDeputes() throws -> [(label: String, alineas: [String])] {
        let text = try Corpus.text("texts/an/13-loppsi/nosdeputes-parse-pl1697.jsonl")
        var articles: [(label: String, alineas: [String])] = []
        for row in text.split(separator: "\n") {
            let line = try JSONDecoder().decode(Line.self, from: Data(row.utf8))
            if line.type == "article", let label = line.article, line.ordre?.isEmpty == false {
                articles.append((label, []))
            } else if line.type == "alinea", let texte = line.texte, articles.last?.label == line.article {
                articles[articles.count - 1].alineas.append(Self.plainText(texte))
            }
        }
        return articles
    }

    /// `<p>Le <a href='…'>rapport annexé</a> … 1&nbsp;500 &#8364;</p>` -> its text.
    static func plainText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        var output = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let tail = rest[amp...]
            guard let semi = tail.firstIndex(of: ";"), tail.distance(from: amp, to: semi) <= 8 else {
                output.append("&")
                rest = tail.dropFirst()
                continue
            }
            let name = tail[tail.index(after: amp)..<semi]
            let named: [Substring: String] = [
                "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "nbsp": "\u{A0}", "apos": "'",
            ]
            if let value = named[name] {
                output += value
            } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
                output.unicodeScalars.append(scalar)
            } else {
                output += tail[amp...semi]
            }
            rest = tail[tail.index(after: semi)...]
        }
        return output + rest
    }

    @Test func loppsiDepositAgreesWithNosDeputes() throws {
        let theirs = try nosDeputes()
        let ours = try HTMLPage.read("an/13-loppsi/pl1697-projet-de-loi-depot.html").articles
        #expect(ours.map(\.label) == theirs.map(\.label))
        #expect(ours.map(\.alineas.count) == theirs.map(\.alineas.count))
        var compared = 0
        var agreeing = 0
        for (article, other) in zip(ours, theirs) {
            for (alinea, text) in zip(article.alineas, other.alineas) {
                compared += 1
                if alinea.folded == Folding.fold(text) { agreeing += 1 }
            }
        }
        print("pl1697 vs NosDéputés: \(agreeing)/\(compared) alinéas agree after folding")
        #expect(compared == 412)
        #expect(agreeing == compared)
    }

    @Test func entitiesAndTagsAreRemovedFromTheirSnippets() {
        #expect(
            Self.plainText("<p>« <i>Art. 226-27.</i> - 1 500 &#8364; &amp; &nbsp;x</p>")
                == "« Art. 226-27. - 1 500 € & \u{A0}x")
    }
}
