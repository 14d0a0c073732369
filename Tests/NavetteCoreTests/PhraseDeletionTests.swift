import NavetteCore
import Testing

/// Deleting several phrases of one alinéa (found crashing on PLFSS 2026 amendments): the ranges of
/// the last two phrases overlap once the spaces between them are taken along.
@Suite struct PhraseDeletionTests {
    @Test(arguments: [
        ("À l'alinéa 1, supprimer les deuxième et troisième phrases.", ["Une phrase."]),
        ("À l'alinéa 1, supprimer les première et troisième phrases.", ["Deux phrases."]),
        ("À l'alinéa 1, supprimer la dernière phrase.", ["Une phrase. Deux phrases."]),
    ])
    func phrasesDeletedTogether(_ dispositif: String, _ expected: [String]) {
        let parsed = DispositifParser.parse(dispositif)
        #expect(parsed.isUnderstood)
        var editor = ArticleEditor(alineas: ["Une phrase. Deux phrases. Trois phrases."])
        let results = editor.apply(parsed.edits)
        #expect(results.allSatisfy { $0.isApplied })
        #expect(editor.texts == expected)
    }
}
