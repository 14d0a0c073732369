import Testing

@testable import NavetteCore

/// The one parser of division designations, as placing amendments and resolving placeholders use it.
@Suite struct DesignationTests {
    @Test(arguments: [
        ("II. - Le code", "ii"), ("1° bis L'article", "1° bis"), ("a) Le mot", "a)"), ("D. - (Supprimé)", "d"),
        ("1° A L'article L. 1", "1° a"), ("2° À l'article L. 2", "2°"), ("II bis. - Texte", "ii bis"),
        ("III (nouveau). - Au dernier alinéa", "iii"), ("I A. – Le titre", "i a"), ("b bis) Les mots", "b bis)"),
        ("2 ° Le code", "2°"), ("IV.- Au", "iv"), ("1. - La section", "1"),
    ])
    func openings(text: String, key: String) {
        #expect(Designation(opening: text)?.key == key)
    }

    @Test func levelsNestOutermostFirst() {
        let levels = ["II. - a", "B. - b", "1. - c", "3° d", "a) e"].map { Designation(opening: $0)?.level }
        #expect(levels == [.roman, .letter, .arabic, .item, .subItem])
        #expect(Designation.Level.roman < .letter && Designation.Level.item < .subItem)
    }

    @Test func partsNamedInAPlaceholder() {
        #expect(PlaceholderParts.designations("III à VI (nouveaux)").map(\.key) == ["iii", "vi"])
        #expect(PlaceholderParts.designations("1° A et 1° B").map(\.key) == ["1° a", "1° b"])
        #expect(PlaceholderParts.designations("a et b").map(\.key) == ["a)", "b)"])
        #expect(Designation(named: "III") == Designation(opening: "III. - Le code"))
    }

    @Test(arguments: [
        "\"II. - cité", "Le code", "CHAPITRE IV", "Art. L. 912-12-2. - (Supprimé)", "À l'article", "Après le mot",
        "1er janvier", "II",
    ])
    func notOpenings(text: String) {
        #expect(Designation(opening: text) == nil)
    }

    @Test func aLongAlineaIsReadOnItsOpeningOnly() {
        let long = "II. - " + String(repeating: "mot ", count: 250_000)
        #expect(Designation(opening: long)?.label == "II")
    }
}
