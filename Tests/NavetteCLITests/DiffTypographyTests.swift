import Foundation
import NavetteCore
import NavetteFormats
import NavetteRender
import TestSupport
import Testing

@testable import NavetteCLI

/// Typography folded by default, marked with `--typography`, on PLFSS 2018 as deposited at the
/// Assemblée against the text transmitted to the Sénat: the two chambers typeset the same words
/// differently (’ or ', no-break spaces before `:` `;` `»`, `L.862-4` or `L. 862-4`).
@Suite struct DiffTypographyTests {
    struct Pair {
        var old: Reading
        var new: Reading
        var comparison: ReadingComparison
    }

    /// Read and compared once for the suite's tests.
    static let shared = Result { try read() }

    static func plfss() throws -> ReadingComparison { try shared.get().comparison }

    private static func read() throws -> Pair {
        let paths = [
            "texts/an/15-plfss2018/pl0269-projet-de-loi-depot.html",
            "texts/senat/15-plfss2018/pjl17-063-texte-transmis-au-senat.html",
        ]
        let readings = try paths.map { path -> Reading in
            guard case .reading(let reading) = try DocumentLoader.load(path: Corpus.path(path)) else {
                throw UserError.unsuitable("\(path): expected a reading")
            }
            return reading
        }
        return Pair(
            old: readings[0], new: readings[1], comparison: ReadingComparison(old: readings[0], new: readings[1]))
    }

    /// Occurrences of `needle` in `text`, on their UTF-8 bytes (the outputs run to megabytes).
    static func count(_ needle: String, in text: String) -> Int {
        let bytes = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return 0 }
        var found = 0
        for index in 0...(bytes.count - pattern.count) where bytes[index] == pattern[0] {
            if bytes[index..<index + pattern.count].elementsEqual(pattern) { found += 1 }
        }
        return found
    }

    @Test func plfssPairIsFoldedByDefaultAndMarkedOnRequest() throws {
        let comparison = try Self.plfss()
        let folded = try DiffOutput.render([comparison], format: .text, full: false, colour: false)
        let marked = try DiffOutput.render([comparison], format: .text, full: false, colour: false, typography: true)
        // 9 sentences moved: 2 as they were, 7 edited on their way (`DiffNearMovesTests`), whose edits are
        // all that counts of their words.
        let summary =
            "690 alinéas changed, 306 alinéas added, 79 alinéas removed, 1 alinéa moved, 317 typography only, "
            + "9 sentences moved, words +11928 −4855"
        // The same summary: the 317 alinéas that differ in typography only are not in "changed".
        #expect(folded.split(separator: "\n").first?.hasSuffix(summary) == true)
        #expect(marked.split(separator: "\n").first?.hasSuffix(summary) == true)
        #expect(Self.count("[~", in: folded) == 0)
        #expect(Self.count("[~", in: marked) == 2433)
        #expect(Self.count("[-", in: folded) == Self.count("[-", in: marked))
        #expect(Self.count("{+", in: folded) == Self.count("{+", in: marked))
        // Folding only drops the marks: each [~old~>new~] of the marked output is its new text.
        #expect(Self.unmarked(marked) == folded)
    }

    @Test func foldedMarkdownAndHTMLHaveNoTypographyMarks() throws {
        let comparison = try Self.plfss()
        let html = try DiffOutput.render([comparison], format: .html, full: true, colour: false)
        let markdown = try DiffOutput.render([comparison], format: .markdown, full: true, colour: false)
        #expect(!html.contains("class=\"typography\""))
        #expect(!markdown.contains("title=\"was:"))
        let markedHTML = try DiffOutput.render([comparison], format: .html, full: true, colour: false, typography: true)
        #expect(markedHTML.contains("class=\"typography\""))
        // JSON keeps every difference with its kind, whatever the option.
        let json = try DiffOutput.render([comparison], format: .json, full: false, colour: false)
        #expect(Self.count("\"typographic\" : true", in: json) + Self.count("\"typographic\":true", in: json) > 2000)
    }

    /// The Assemblée's text with every accent decomposed (`e` + U+0301): the same text to a reader.
    @Test func decomposedCopyOfARealTextFindsNoChange() throws {
        let pair = try Self.shared.get()
        var copy = pair.old
        var decomposed = 0
        for a in copy.articles.indices {
            copy.articles[a].alineas = copy.articles[a].alineas.map { alinea in
                let nfd = alinea.text.decomposedStringWithCanonicalMapping
                if !nfd.utf8.elementsEqual(alinea.text.utf8) { decomposed += 1 }
                return Alinea(nfd, placeholder: alinea.placeholder)
            }
        }
        #expect(decomposed > 1000)
        let itself = ReadingComparison(old: pair.old, new: copy)
        #expect(itself.changedArticles.count == 0)
        #expect(itself.articles.allSatisfy { $0.status == .unchanged })
        #expect(itself.stats.alineasUnchanged == pair.old.articles.reduce(0) { $0 + $1.alineas.count })
        // Compared with the Sénat's text, the decomposed copy finds what the original finds.
        let fromCopy = ReadingComparison(old: copy, new: pair.new)
        #expect(fromCopy.stats == pair.comparison.stats)
        let kinds = { (c: ReadingComparison) in c.articles.flatMap { $0.comparison.alineas.map(\.kind) } }
        #expect(kinds(fromCopy) == kinds(pair.comparison))
        let typographic = { (c: ReadingComparison) in
            c.articles.flatMap { $0.comparison.alineas.flatMap { $0.ops.filter(\.isTypographic) } }.count
        }
        #expect(typographic(fromCopy) == typographic(pair.comparison))
    }

    /// `[~old~>new~]` replaced by `new`, its visible spaces made spaces again.
    static func unmarked(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func at(_ i: Int, _ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
            i + 1 < scalars.count && scalars[i] == a && scalars[i + 1] == b
        }
        while index < scalars.count {
            guard at(index, "[", "~") else {
                output.append(scalars[index])
                index += 1
                continue
            }
            index += 2
            while index < scalars.count, !at(index, "~", ">") { index += 1 }
            index += 2
            while index < scalars.count, !at(index, "~", "]") {
                switch scalars[index] {
                case "␣": output.append(" ")
                case "⍽": output.append("\u{A0}")
                case "⎵": output.append("\u{202F}")
                default: output.append(scalars[index])
                }
                index += 1
            }
            index += 2
        }
        return String(output)
    }
}
