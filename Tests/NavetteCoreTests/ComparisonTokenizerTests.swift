import TestSupport
import Testing

@testable import NavetteCore

@Suite struct ComparisonTokenizerTests {
    private func texts(_ text: String) -> [String] { Tokenizer.words(in: text).map { String($0.text) } }
    private func kinds(_ text: String) -> [Token.Kind] { Tokenizer.words(in: text).map(\.kind) }

    @Test func elisionsKeepTheirApostrophe() {
        #expect(
            texts("jusqu’au l’article d'assurer qu’il lorsqu’elle n’est s’applique") == [
                "jusqu’", "au", "l’", "article", "d'", "assurer", "qu’", "il", "lorsqu’", "elle", "n’", "est", "s’",
                "applique",
            ])
        // Not an elision: the apostrophe stays inside the word.
        #expect(texts("aujourd’hui, c’est-à-dire") == ["aujourd’hui", ",", "c’", "est-à-dire"])
        #expect(Tokenizer.words(in: "l’article")[0].key == "l'")
    }

    @Test(arguments: [
        ("l’article L. 252-1 du code", "L. 252-1", "L. 252-1"),
        ("l’article L. 252\u{2011}1 du code", "L. 252\u{2011}1", "L. 252-1"),
        ("à l’article L.O. 135-1 et", "L.O. 135-1", "L.O. 135-1"),
        ("à l’article L. O. 135-1 et", "L. O. 135-1", "L.O. 135-1"),
        ("l’article R.* 12 du code", "R.* 12", "R.* 12"),
        ("l’article L.4352-3-2 du code", "L.4352-3-2", "L. 4352-3-2"),
    ])
    func articleReferencesAreOneToken(sentence: String, text: String, key: String) throws {
        let token = try #require(Tokenizer.words(in: sentence).first { $0.kind == .articleReference })
        #expect(token.text == text)
        #expect(token.key == key)
    }

    @Test func datesAndNumbersAreWhole() {
        let tokens = Tokenizer.words(
            in:
                "jusqu’au 31 décembre 2024, le 1er janvier 2025 ou en mars 2025 ; 600 000 euros, 1,5 %, loi n° 62-1292, règlement (UE) 2016/679, 2° et 3°"
        )
        let dates = tokens.filter { $0.kind == .date }.map { String($0.text) }
        let numbers = tokens.filter { $0.kind == .number }.map { String($0.text) }
        #expect(dates == ["31 décembre 2024", "1er janvier 2025", "mars 2025"])
        #expect(numbers == ["600 000", "1,5", "62-1292", "2016/679", "2°", "3°"])
        #expect(tokens.contains { $0.text == "n°" && $0.kind == .word })
        // A no-break space inside a date folds away in the key.
        #expect(Tokenizer.words(in: "31\u{a0}décembre\u{a0}2024")[0].key == "31 décembre 2024")
    }

    @Test func punctuationAndGuillemetsStandAlone() {
        #expect(
            texts("les mots : «\u{a0}récréative\u{a0}» sont supprimés ; II. – Les") == [
                "les", "mots", ":", "«", "récréative", "»", "sont", "supprimés", ";", "II", ".", "–", "Les",
            ])
        #expect(kinds("« a »") == [.punctuation, .word, .punctuation])
        #expect(Tokenizer.words(in: "« a »").map(\.key) == ["\"", "a", "\""])
        #expect(texts("(...)") == ["(", "...", ")"])
    }

    @Test func tokensCoverTheTextExactly() throws {
        let text = try Corpus.text("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N188.html.txt")
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.map { String($0.text) }.joined() == text)
        for (previous, next) in zip(tokens, tokens.dropFirst()) {
            #expect(previous.range.upperBound == next.range.lowerBound)
        }
        // The article 7 paragraph of this page holds one date and one reference with U+2011.
        #expect(tokens.filter { $0.kind == .date }.map(\.key) == ["31 décembre 2024", "27 avril 2016"])
        #expect(tokens.filter { $0.kind == .articleReference }.map(\.key) == ["L. 252-1"])
    }

    /// Keys are `Folding.fold` of the token (references aside, whose key is canonical), whichever
    /// shortcut the tokenizer took.
    @Test func keysAreTheFoldedText() throws {
        let page = try Corpus.text("jo2024/excerpts/an-CRSAJOANR5L16S2023O1N188.html.txt")
        let marks =
            "l’État, jusqu‘au 31\u{a0}décembre\u{202f}2024, 600\u{202f}000 €, Languedoc‑Roussillon, « œuvre » — c’est‐à‐dire aujourd’hui `x´"
        for token in Tokenizer.words(in: page + "\n" + marks) where token.kind != .articleReference {
            #expect(token.key == Folding.fold(String(token.text)), "\(token.text)")
        }
    }

    /// The tokenizer skips `Folding.fold` for scalars it believes fold to themselves: check that belief
    /// against Folding itself, so a new folding rule cannot be silently missed.
    @Test func fastPathAgreesWithFolding() {
        for value in UInt32(0x21)...UInt32(0x2FFF) {
            guard let scalar = Unicode.Scalar(value), !Folding.isSpace(scalar) else { continue }
            let folds = Folding.fold(String(scalar)) != String(scalar)
            if folds { #expect(Tokenizer.needsFolding([scalar][...]), "U+\(String(value, radix: 16)) folds") }
        }
    }
}
