import Foundation

/// The long inputs of issue 15, generated (never legal text from the corpus): a one-line alinéa, a
/// one-line motion, a text of many short alinéas, a deep nesting and a large bill page, each with the
/// commands that read it. `scale` 1 gives the issue's sizes (5 MB, 5 MB, 1,000,000 alinéas, 100,000
/// levels, 50 MB); the long-input test runs the same shapes smaller, as a debug build is slow.
struct LongInputShapes {
    /// One command on one shape: the arguments after `navette`, the bytes it reads, and a piece of text
    /// its standard output must hold, or, for a refusal (`status` 1), its one-line error.
    struct Run {
        var shape: String
        var command: String
        var arguments: [String]
        var bytes: Int
        var expected: String
        var status: Int32 = 0
    }

    static let sentence =
        "Le traitement des images est autorisé à titre de mesure expérimentale jusqu’au 31 décembre 2024, "
        + "par l’article L. 252-1 du code de la sécurité intérieure ; "

    static let amendments = [
        "À l'alinéa 1, substituer aux mots : « mesure expérimentale » les mots : « mesure pérenne ».",
        "À l'alinéa 1, après le mot : « traitement », insérer les mots : « algorithmique ».",
        "À l'alinéa 1, supprimer les mots : « de la sécurité intérieure ».",
        "Compléter l'alinéa 1 par une phrase ainsi rédigée : « Un décret précise les modalités. »",
        // Every occurrence: one edit at thousands of places in one line (once O(n·k)).
        "À l'alinéa 1, supprimer à chaque occurrence les mots : « des images ».",
    ]

    /// Writes every shape under `directory` and returns the runs. `dossier` is a manifest the motion is
    /// read against and `mirror` the directory its copies are read from.
    static func write(to directory: String, scale: Double, dossier: String, mirror: String) throws -> [Run] {
        func size(_ bytes: Double) -> Int { max(1, Int(bytes * scale)) }
        func file(_ name: String, _ text: String) throws -> (path: String, bytes: Int) {
            let path = directory + "/" + name
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return (path, text.utf8.count)
        }
        var runs: [Run] = []

        let line = String(repeating: sentence, count: size(5_000_000) / sentence.utf8.count + 1)
        let article = try file("one-line.txt", "Article 1er\n\n" + line + "\n")
        let twin = try file("one-line-edited.txt", "Article 1er\n\n" + line.replacing("2024", with: "2025") + "\n")
        var amendmentPaths: [String] = []
        for (index, text) in amendments.enumerated() {
            amendmentPaths.append(try file("amendment\(index).txt", text).path)
        }
        let label = "one-line alinéa"
        runs.append(
            Run(
                shape: label, command: "apply",
                arguments: ["apply", "--article", article.path, "--amendment"] + amendmentPaths,
                bytes: article.bytes, expected: "mesure pérenne"))
        runs.append(
            Run(
                shape: label, command: "show", arguments: ["show", article.path, "--article", "1er"],
                bytes: article.bytes,
                expected: "jusqu’au 31 décembre 2024"))
        runs.append(
            Run(
                shape: label, command: "diff", arguments: ["diff", article.path, twin.path, "--color", "never"],
                bytes: article.bytes + twin.bytes, expected: "2025"))

        let motion = try file(
            "motion.txt", "Considérant que " + line + "\nLe conseil émet le vœu que l’article 7 soit supprimé.\n")
        runs.append(
            Run(
                shape: "one-line motion", command: "motion",
                arguments: ["motion", motion.path, "--dossier", dossier, "--mirror", mirror], bytes: motion.bytes,
                expected: "Considérant que Le traitement"))

        let count = size(1_000_000)
        var many = "Article 1er\n"
        var edited = "Article 1er\n"
        many.reserveCapacity(count * 16)
        edited.reserveCapacity(count * 16)
        for index in 0..<count {
            many += "Alinéa \(index).\n"
            edited += index % 7 == 0 ? "Alinéa \(index) modifié.\n" : "Alinéa \(index).\n"
        }
        let manyFile = try file("many-alineas.txt", many)
        let manyTwin = try file("many-alineas-edited.txt", edited)
        runs.append(
            Run(
                shape: "\(count) alinéas", command: "show", arguments: ["show", manyFile.path], bytes: manyFile.bytes,
                expected: "\(count) alinéa"))
        runs.append(
            Run(
                shape: "\(count) alinéas", command: "diff",
                arguments: ["diff", manyFile.path, manyTwin.path, "--color", "never"],
                bytes: manyFile.bytes + manyTwin.bytes,
                // One alinéa in seven changed where it stands, none moved (past the diff's cost cap they
                // were all deleted, inserted and paired as moves).
                expected: "\((count + 6) / 7) alinéas changed, words +\((count + 6) / 7) −0"))

        // libxml2 stops at 256 levels (no XML_PARSE_HUGE): the page is refused in one line rather than
        // read without what lies deeper.
        let depth = size(100_000)
        let nested = try file(
            "nested.html",
            "\u{FEFF}<html><body>" + String(repeating: "<div>", count: depth) + "<p>Article 1er</p><p>Texte.</p>"
                + String(repeating: "</div>", count: depth) + "</body></html>")
        runs.append(
            Run(
                shape: "\(depth)-level nesting", command: "show", arguments: ["show", nested.path], bytes: nested.bytes,
                expected: "nested deeper than 256 elements", status: 1))
        runs.append(
            Run(
                shape: "\(depth)-level nesting", command: "diff",
                arguments: ["diff", nested.path, nested.path, "--color", "never"], bytes: 2 * nested.bytes,
                expected: "nested deeper than 256 elements", status: 1))

        let (page, pageTwin) = billPages(bytes: size(50_000_000))
        let pageFile = try file("page.html", page)
        let pageTwinFile = try file("page-edited.html", pageTwin)
        let pageShape = String(format: "%.0f MB page", Double(pageFile.bytes) / 1_000_000)
        runs.append(
            Run(
                shape: pageShape, command: "show", arguments: ["show", pageFile.path], bytes: pageFile.bytes,
                expected: "Article 1er"))
        runs.append(
            Run(
                shape: pageShape, command: "diff",
                arguments: ["diff", pageFile.path, pageTwinFile.path, "--color", "never"],
                bytes: pageFile.bytes + pageTwinFile.bytes, expected: "{+pérenne+}"))
        return runs
    }

    /// A bill page in the Assemblée's layout (`<p>` headings and alinéas) of about `bytes`, and its twin
    /// with one word changed in every tenth article.
    static func billPages(bytes: Int) -> (String, String) {
        let head = "<html><head><meta charset=\"utf-8\"><title>Projet de loi</title></head><body>\n"
        let alineas = (1...4).map { "<p>\($0)° \(sentence)</p>\n" }.joined()
        var page = head
        var twin = head
        page.reserveCapacity(bytes + 4096)
        twin.reserveCapacity(bytes + 4096)
        var number = 1
        while page.utf8.count < bytes {
            let heading = "<p style=\"text-align:center\"><b>Article \(number == 1 ? "1er" : String(number))</b></p>\n"
            page += heading + alineas
            twin += heading + (number % 10 == 0 ? alineas.replacing("expérimentale", with: "pérenne") : alineas)
            number += 1
        }
        return (page + "</body></html>\n", twin + "</body></html>\n")
    }
}
