import NavetteCore
import Testing

@Suite struct FoldingTests {
    @Test func foldsTypographyButKeepsWords() {
        #expect(
            Folding.fold("l’article L.\u{a0}252\u{2011}1 «\u{202f}jusqu’au\u{202f}»\u{a0};")
                == "l'article L. 252-1 \"jusqu'au\";")
        #expect(Folding.fold("  mise en œuvre  –  test\n") == "mise en oeuvre - test")
    }

    @Test func keyLowercasesAndStripsAccents() {
        #expect(Folding.key("(Supprimé)") == "(supprime)")
        #expect(Folding.key("Non MODIFIÉ") == "non modifie")
    }
}

@Suite struct ArticleNumberTests {
    @Test(arguments: [
        ("Article 1er", "1"), ("premier", "1"), ("7 bis A", "7 bis a"), ("Article 7 ter (nouveau)", "7 ter"),
        ("L. 230-1", "l. 230-1"), ("liminaire", "liminaire"),
    ])
    func keys(label: String, key: String) {
        #expect(ArticleNumber(label: label).key == key)
    }

    @Test func navetteOrder() {
        let labels = ["7 ter", "7 bis", "7", "7 A", "7 bis A", "8", "6 quaterdecies", "6 decies", "1er"]
        let sorted = labels.map { ArticleNumber(label: $0) }.sorted().map(\.key)
        #expect(sorted == ["1", "6 decies", "6 quaterdecies", "7 a", "7", "7 bis a", "7 bis", "7 ter", "8"])
    }

    @Test func partialStatusesAreKept() {
        #expect(Alinea("II. – (Non modifié)").placeholder == .partial(part: "II", status: .nonModifie))
        #expect(Alinea(". . . . . . . . . .").placeholder == .dots)
        #expect(Alinea("Le présent article entre en vigueur (en 2024).").placeholder == nil)
    }

    @Test(arguments: ["…", "… … …", "...", "\u{A0}. . .\u{A0}", "….", "« … »", ".. a ..", "Voir ...", "–…", "…)"])
    func dotsAreOnlyDotsAndSpaces(text: String) {
        // The reference rule: three dots or ellipses at least, and nothing else but spaces.
        let meaningful = Folding.fold(text).filter { !$0.isWhitespace }
        let expected = meaningful.count >= 3 && meaningful.allSatisfy { $0 == "." || $0 == "…" }
        #expect((Alinea(text).placeholder == .dots) == expected)
    }
}
