import Testing
@testable import NavetteCore

@Test func scratchSentences() {
    let text = "\"Art. L. 123-2-4. - La rémunération et les accessoires de rémunération des directeurs, sont soumis, au moment de leur recrutement, à l'approbation du ministre chargé de la sécurité sociale. Les modifications apportées à ces rémunérations et accessoires de rémunération sont soumises à la même approbation."
    let scalars = Array(text.unicodeScalars)
    let ranges = ArticleOutline.sentences(scalars)
    for r in ranges { print(String(String.UnicodeScalarView(scalars[r]))) }
    #expect(ranges.count == 2)
}
