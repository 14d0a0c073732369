import NavetteCore
import NavetteFormats
import NavetteWatch
import TestSupport
import Testing

/// The interim alinéa diff on the nine readings of pjl09-200 (La Fabrique de la loi texts).
@Suite struct AlineaDiffTests {
    static let steps = [
        "00_1erelecture_senat_depot", "01_1erelecture_senat_commission", "02_1erelecture_senat_hemicycle",
        "03_1erelecture_assemblee_depot", "04_1erelecture_assemblee_commission", "05_1erelecture_assemblee_hemicycle",
        "06_cmp_cmp_commission", "07_cmp_assemblee_hemicycle", "08_cmp_senat_hemicycle",
    ]

    static func reading(_ step: String) throws -> Reading {
        let file = "lafabrique/pjl09-200/procedure/\(step)/texte/texte.json"
        return try DocumentLoader.readReading(bytes: try Corpus.bytes(file), file: file)
    }

    @Test func article8ChangesInCommission() throws {
        let depot = try #require(try Self.reading(Self.steps[0]).article("8"))
        let commission = try #require(try Self.reading(Self.steps[1]).article("8"))
        let changes = AlineaDiff.changedAlineas(old: depot.alineas, new: commission.alineas)
        #expect(changes.map(\.kind.rawValue) == ["changed", "changed", "changed"])
        let last = changes[2]
        // A date is one token: the whole date changes.
        #expect(last.ops.filter { $0.op == .delete }.map(\.text) == ["1er janvier 2013"])
        #expect(last.ops.filter { $0.op == .insert }.map(\.text) == ["1er janvier 2012"])
        #expect(last.ops.last?.op == .equal && last.ops.last?.text == ".")
        let first = changes[0]
        #expect(first.ops.map(\.op) == [.equal, .delete, .insert, .equal])
        #expect(
            first.ops[1].text == "les dispositions suivantes " && first.ops[2].text == "quatre phrases ainsi rédigées ")
    }

    @Test func everyArticleOfEveryStepRebuildsBothTexts() throws {
        var compared = 0
        var changed = 0
        for (before, after) in zip(Self.steps, Self.steps.dropFirst()) {
            let old = try Self.reading(before)
            let new = try Self.reading(after)
            for article in new.articles {
                guard let previous = old.article(article.label) else { continue }
                compared += 1
                #expect(AlineaDiff.changedAlineas(old: article.alineas, new: article.alineas).isEmpty)
                let changes = AlineaDiff.changedAlineas(old: previous.alineas, new: article.alineas)
                if !changes.isEmpty { changed += 1 }
                for change in changes {
                    let rebuiltNew = change.ops.filter { $0.op != .delete }.map(\.text).joined()
                    let rebuiltOld = change.ops.filter { $0.op != .insert }.map { $0.old ?? $0.text }.joined()
                    #expect(rebuiltNew == (change.new ?? ""), "\(after) article \(article.label)")
                    #expect(rebuiltOld == (change.old ?? ""), "\(after) article \(article.label)")
                    #expect(change.kind != .changed || change.ops.contains { $0.op != .equal })
                }
                let spaceless = { (alineas: [Alinea]) in alineas.map { $0.folded.filter { !$0.isWhitespace } } }
                let unchanged = spaceless(previous.alineas) == spaceless(article.alineas)
                #expect(
                    unchanged == changes.isEmpty,
                    "\(after) article \(article.label): \(changes.map { "\($0.kind) \($0.ops.filter { $0.op != .equal }.map(\.text))" })"
                )
            }
        }
        #expect(compared > 200)
        #expect(changed > 50)
    }

    @Test func insertedAndDeletedAlineasAroundUnchangedOnes() {
        let old = ["I. – Premier.", "II. – Deuxième.", "III. – Troisième."].map { Alinea($0) }
        let new = ["I. - Premier.", "II. – Deuxième modifié.", "IV. – Quatrième.", "III. – Troisième."].map {
            Alinea($0)
        }
        let changes = AlineaDiff.changedAlineas(old: old, new: new)
        // "–" and "-" fold alike: alinéa I is unchanged.
        #expect(changes.map(\.kind.rawValue) == ["changed", "inserted"])
        #expect(changes.map(\.newNumber) == [2, 3])
        #expect(changes[0].ops.filter { $0.op == .insert }.map(\.text) == ["modifié"])
    }
}
