import PropertyBased
import Testing

@testable import NavetteCore

/// Invariants of amendment application on generated articles and dispositifs (issue 14): whatever the
/// words, a replacement undone gives the text back, an insertion changes only the words it names, and
/// the result holds no word that is in neither the article nor the amendment.
@Suite struct ApplicationPropertyTests {
    /// Words of the articles (all distinct, so that any run of them occurs once).
    static let articleWords = [
        "droit", "des", "personnes", "garanti", "par", "loi", "dans", "conditions", "fixées", "décret",
        "conseil", "chaque", "année", "avant", "juillet", "rapport", "Gouvernement", "Parlement", "mise",
        "œuvre", "présent", "article", "régime", "collectivités", "territoriales", "État", "sécurité",
        "sociale", "établissements", "publics", "L. 123-4", "2°", "montant", "taux", "délai",
    ]
    /// Words an amendment brings (none of them in `articleWords`).
    static let amendmentWords = [
        "notamment", "autorité", "administrative", "indépendante", "mois", "trois", "premier", "ministre",
        "commission", "nationale", "avis", "conforme", "L. 987-6", "10°", "plafond",
    ]

    /// An article of one to three alinéas of distinct words, each a sentence ending with a period.
    static let articles = Gen.shuffled(articleWords).map { words -> [String] in
        let sizes = [words.count / 3, words.count / 3, words.count - 2 * (words.count / 3)]
        var rest = words[...]
        return sizes.map { size in
            let sentence = rest.prefix(size).joined(separator: " ")
            rest = rest.dropFirst(size)
            return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
        }
    }

    static func words(_ alinea: String) -> [String] {
        Tokenizer.words(in: alinea).filter { $0.kind != .punctuation }.map { String($0.text) }
    }

    /// `le mot : « x »` or `les mots : « x y »`.
    static func named(_ words: [String]) -> String {
        (words.count == 1 ? "le mot : « " : "les mots : « ") + words.joined(separator: " ") + " »"
    }

    static func apply(_ dispositif: String, to article: [String]) -> AmendmentSequence.Outcome {
        AmendmentSequence.apply([AmendmentSequence.Amendment(name: "1", dispositif: dispositif)], to: article)
    }

    /// Picks an alinéa, a run of its words (`start`, `length`) and new words, from raw numbers.
    static func pick(_ article: [String], _ seed: [Int]) -> (alinea: Int, run: [String], new: [String]) {
        let alinea = seed[0] % article.count
        let words = words(article[alinea])
        let start = seed[1] % words.count
        let length = 1 + seed[2] % min(3, words.count - start)
        let new = Array(amendmentWords[(seed[3] % amendmentWords.count)...].prefix(1 + seed[4] % 3))
        return (alinea, Array(words[start..<(start + length)]), new)
    }

    static let seeds = Gen.int(in: 0...1000).array(of: 5)

    @Test("Replacing X by Y, then Y by X, gives the article back")
    func replacementUndone() async {
        await propertyCheck(count: 150, input: Self.articles, Self.seeds) { article, seed in
            let (alinea, run, new) = Self.pick(article, seed)
            let there = Self.apply(
                "À l’alinéa \(alinea + 1), remplacer \(Self.named(run)) par \(Self.named(new)).", to: article)
            let back = Self.apply(
                "À l’alinéa \(alinea + 1), remplacer \(Self.named(new)) par \(Self.named(run)).", to: there.alineas)
            #expect(there.amendments.flatMap(\.results).allSatisfy { $0.isApplied })
            #expect(there.alineas != article)
            #expect(back.alineas == article)
        }
    }

    @Test("An insertion after some words changes only the words it names")
    func insertionChangesOnlyItsWords() async {
        await propertyCheck(count: 150, input: Self.articles, Self.seeds) { article, seed in
            let (alinea, run, new) = Self.pick(article, seed)
            let outcome = Self.apply(
                "Alinéa \(alinea + 1)\n\nAprès \(Self.named(run)), insérer \(Self.named(new)).", to: article)
            let before = WordAlignment.keys(article)
            let after = WordAlignment.keys(outcome.alineas)
            #expect(WordAlignment.inserted(from: before, to: after) == WordAlignment.keys([new.joined(separator: " ")]))
            #expect(WordAlignment.distance(before, after) == new.count)
            #expect(outcome.alineas.indices.filter { outcome.alineas[$0] != article[$0] } == [alinea])
        }
    }

    @Test("The result holds only words of the article or the amendment, and keeps one final period")
    func resultHoldsNoForeignWord() async {
        await propertyCheck(count: 200, input: Self.articles, Self.seeds) { article, seed in
            let (alinea, run, new) = Self.pick(article, seed)
            let forms = [
                "À l’alinéa \(alinea + 1), supprimer \(Self.named(run)).",
                "Alinéa \(alinea + 1)\n\nAvant \(Self.named(run)), insérer \(Self.named(new)).",
                "Alinéa \(alinea + 1)\n\nCompléter cet alinéa par \(Self.named(new)).",
                "Compléter l’alinéa \(alinea + 1) par une phrase ainsi rédigée : « \(new.joined(separator: " ")). »",
                "Alinéa \(alinea + 1)\n\nAprès \(Self.named(run)), rédiger ainsi la fin de cet alinéa : « \(new.joined(separator: " ")). »",
            ]
            let dispositif = forms[seed[0] % forms.count]
            let outcome = Self.apply(dispositif, to: article)
            let allowed = Set(WordAlignment.keys(article + [dispositif]).map(Folding.key))
            #expect(
                WordAlignment.keys(outcome.alineas).map(Folding.key).allSatisfy { allowed.contains($0) },
                "\(dispositif)")
            #expect(outcome.amendments.flatMap(\.results).allSatisfy { $0.isApplied }, "\(dispositif)")
            for text in outcome.alineas {
                #expect(text.hasSuffix(".") && !text.hasSuffix(".."), "\(dispositif) -> \(text)")
                #expect(!text.contains(" ,") && !text.contains(" ."), "\(dispositif) -> \(text)")
            }
        }
    }
}
