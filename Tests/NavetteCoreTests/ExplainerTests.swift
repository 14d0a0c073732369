import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// Attribution on a real case of the amendment-application dataset: in the AN commission (1st
/// reading) of the 2013 transparency bill, article 3 was changed by two adopted amendments, CL23
/// (inserts the I A paragraph and abrogates article 6) and CL65 (suppresses alinéa 2); the
/// commission also renumbered the paragraphs, which no amendment explains.
@Suite struct ExplainerTests {
    static let folder =
        "amendment-application/données/14-transparence_vie_publique_pjl__01_1erelecture_assemblee_commission__3"

    static func article(_ name: String, in folder: String = folder) throws -> Article {
        let reading = try PlainTextReader.read(Corpus.bytes("\(folder)/\(name)"), file: name)
        return try #require(reading.articles.first)
    }

    static func amendment(_ number: String, in folder: String = folder) throws -> Amendment {
        // The dataset converted the pages' HTML to text and left `&nbsp;` as written.
        let text = try Corpus.text("\(folder)/amendement_\(number)").replacing("&nbsp;", with: "\u{a0}")
        return Amendment(
            number: number, chamber: .assemblee,
            target: AmendmentTarget(kind: .article, label: "Article 3", article: ArticleNumber(label: "3")),
            dispositif: text, fate: .adopte)
    }

    @Test func eachChangeGoesToTheAmendmentThatMadeItAndTheRestIsFlagged() throws {
        let before = try Self.article("article_avant")
        let after = try Self.article("article_apres")
        let comparison = Comparison(old: before, new: after)
        let explanation = Explainer.explain(
            comparison, article: "3", from: "avant", to: "apres",
            amendments: [try Self.amendment("CL23"), try Self.amendment("CL65")])
        func attribution(newText prefix: String) -> Attribution? {
            guard let index = comparison.alineas.firstIndex(where: { $0.new?.hasPrefix(prefix) == true }) else {
                return nil
            }
            return explanation.attributions.first { $0.entry == index }
        }
        // CL23 wrote the I A paragraph's items, the abrogation of article 6 and the entry into force.
        #expect(attribution(newText: "1° La deuxième phrase")?.amendments == ["CL23"])
        #expect(attribution(newText: "2° Après le mot")?.amendments == ["CL23"])
        #expect(attribution(newText: "II. - L'article 6 de la même ordonnance est abrogé.")?.amendments == ["CL23"])
        #expect(attribution(newText: "III. - Le 2° du I A du présent article")?.amendments == ["CL23"])
        // The placeholder left where CL65 suppressed alinéa 2.
        #expect(attribution(newText: "1° (Supprimé)")?.amendments == ["CL65"])
        // CL65 suppressed alinéa 2 ("1° Au deuxième alinéa, le mot : six …").
        let suppressed = explanation.attributions.filter {
            $0.amendments == ["CL65"] && comparison.alineas[$0.entry].kind == .deleted
        }
        #expect(!suppressed.isEmpty)
        for attribution in suppressed {
            let entry = comparison.alineas[attribution.entry]
            #expect(entry.oldNumber == 2)
        }
        // The commission's own renumbering ("L'article 5 …" -> "I. - L'article 5 …") and its
        // capitalisation of "Haute Autorité" are flagged: no amendment carries them.
        let renumbered = try #require(attribution(newText: "I. - L'article 5"))
        #expect(renumbered.verdict == .unexplained)
        let capital = try #require(comparison.alineas.firstIndex { $0.new?.hasPrefix("\"Cette indemnité") == true })
        #expect(explanation.attributions.filter { $0.entry == capital }.allSatisfy { $0.verdict == .unexplained })
        #expect(explanation.unmatchedAmendments.isEmpty)
    }

    /// AN séance, same bill, article 8: n° 66 inserts references after « 1er », n° 206 completes the
    /// article; the words « de la présente loi » written around 66's insertion come from no amendment.
    @Test func appliedAmendmentsExplainTheirPartOfOneSentence() throws {
        let folder =
            "amendment-application/données/14-transparence_vie_publique_pjl__02_1erelecture_assemblee_hemicycle__8"
        let comparison = Comparison(
            old: try Self.article("article_avant", in: folder), new: try Self.article("article_apres", in: folder))
        let explanation = Explainer.explain(
            comparison, article: "3", from: "avant", to: "apres",
            amendments: [try Self.amendment("206", in: folder), try Self.amendment("66", in: folder)])
        let entry = try #require(comparison.alineas.first)
        func amendments(inserting words: String) -> [String] {
            guard let op = entry.ops.firstIndex(where: { $0.op == .insert && $0.text.contains(words) }) else {
                return ["missing op"]
            }
            return explanation.attributions.first { $0.entry == 0 && $0.op == op }?.amendments ?? []
        }
        #expect(amendments(inserting: "des articles 4 et 5") == ["66"])
        #expect(amendments(inserting: "livre des procédures fiscales") == ["206"])
        #expect(explanation.unmatchedAmendments.isEmpty)
    }

    @Test func withoutAnyAmendmentNothingIsAssessed() throws {
        let comparison = Comparison(old: try Self.article("article_avant"), new: try Self.article("article_apres"))
        let explanation = Explainer.explain(comparison, article: "3", from: "a", to: "b", amendments: [])
        #expect(!explanation.attributions.isEmpty)
        #expect(explanation.attributions.allSatisfy { $0.verdict == .notAssessed })
    }

    @Test func adoptedAmendmentsWithoutTextAreCandidatesNotVerdicts() throws {
        let comparison = Comparison(old: try Self.article("article_avant"), new: try Self.article("article_apres"))
        let numbersOnly = Amendment(
            number: "CL23",
            target: AmendmentTarget(kind: .article, label: "Article 3", article: ArticleNumber(label: "3")),
            dispositif: "", fate: .adopte)
        let explanation = Explainer.explain(comparison, article: "3", from: "a", to: "b", amendments: [numbersOnly])
        #expect(explanation.attributions.allSatisfy { $0.verdict == .notAssessed && $0.amendments == ["CL23"] })
    }

    @Test func triedAmendmentsAreGroupedByAlinea() {
        func amendment(_ number: String, alinea: Int?, fate: AmendmentFate) -> Amendment {
            Amendment(
                number: number,
                target: AmendmentTarget(
                    kind: .article, label: "Article 7", article: ArticleNumber(label: "7"), alinea: alinea),
                dispositif: "", fate: fate)
        }
        let groups = Explainer.tried(
            [
                amendment("406", alinea: 1, fate: .rejete), amendment("27", alinea: nil, fate: .unknown),
                amendment("150", alinea: 1, fate: .rejete), amendment("536", alinea: 34, fate: .unknown),
            ],
            article: "7")
        #expect(groups.map(\.alinea) == [nil, 1, 34])
        #expect(groups[1].amendments.map(\.number) == ["150", "406"])
    }
}
