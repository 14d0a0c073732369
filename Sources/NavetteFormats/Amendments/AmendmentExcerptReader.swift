import Foundation
import NavetteCore

/// Amendment pages kept as plain-text excerpts: AN pages (16th legislature), NosDéputés and
/// NosSénateurs pages, Ameli liasses, the Sénat jeu complet, and vote records (Datan, scrutins).
///
/// Header lines are read by `ExcerptFields`; the body is the dispositif up to the exposé marker
/// (`Exposé sommaire`, `Objet`), or, without a marker, the run of instruction lines (`Supprimer…`,
/// `À l'alinéa 1, substituer…`, quoted text, lines after a colon). An excerpt may stop early: what
/// it lacks is said in a diagnostic, and the number, text and stage are taken from the file name
/// only as a last resort (with a warning).
enum AmendmentExcerptReader {
    /// Whether a text starts a line the way amendment pages do (`Texte visé :`, `Amendement N° 565 (Rejeté)`,
    /// `Publié le … par :`, `Liasse d'amendements`, `L'amendement n° 217 de …`). A debate record that
    /// merely mentions an amendment mid-line is not one.
    static func looksLikeExcerpt(_ head: String) -> Bool {
        let starts = [
            "texte vise:", "fabrication de la liasse", "liasse d'amendements", "direction de la seance",
            "l'amendement n°",
            "sur l'amendement n°",
        ]
        for line in head.split(whereSeparator: \.isNewline).prefix(200) {
            var key = Folding.key(String(line))
            if key.hasPrefix("- ") { key.removeFirst(2) }
            if starts.contains(where: key.hasPrefix) { return true }
            // "Amendement N° 565 (Rejeté)"; a bare "Amendement n° 78 rectifié, alinéa 9" opens a
            // sub-amendment's dispositif (the amendment it amends), not a page.
            if key.hasPrefix("amendement n°"), key.contains("("), key.hasSuffix(")") { return true }
            if (key.hasPrefix("publie le ") || key.hasPrefix("depose le ")) && key.contains(" par:") { return true }
        }
        return false
    }

    static func read(_ bytes: [UInt8], file: String) throws -> AmendmentFile {
        let text = try TextDecoding.decode(bytes, file: file, expected: "an amendment page excerpt")
        let lines = text.split(whereSeparator: \.isNewline).map(clean).filter { !$0.isEmpty }
        var fields = ExcerptFields()
        var dispositif: [String] = []
        var expose: [String] = []
        var sinceHeader: [String] = []
        enum State { case header, dispositif, expose }
        var state = State.header
        let markerIndex = lines.firstIndex { isExposeMarker(Folding.key($0)) }
        for (index, line) in lines.enumerated() {
            // AN pages list their fields as bullets ("- Texte visé : …").
            let field = line.hasPrefix("- ") ? String(line.dropFirst(2)) : line
            let key = Folding.key(field)
            if isEnd(key) { break }
            if isExposeMarker(key) {
                if dispositif.isEmpty, !fields.isVoteRecord { dispositif = sinceHeader }
                state = .expose
                continue
            }
            switch state {
            case .header:
                if !fields.isVoteRecord, isOpener(key) {
                    state = .dispositif
                    dispositif.append(line)
                } else if fields.read(field) {
                    sinceHeader = []
                } else {
                    sinceHeader.append(line)
                }
            case .dispositif:
                let next = index + 1 < lines.count ? lines[index + 1] : nil
                if (markerIndex.map { index < $0 } ?? false)
                    || continuesDispositif(line, previous: dispositif.last, next: next)
                {
                    dispositif.append(line)
                } else {
                    state = .expose
                    expose.append(line)
                }
            case .expose:
                if !key.hasPrefix("l'objectif d'un amendement") { expose.append(line) }
            }
        }
        return assemble(fields, dispositif: dispositif, expose: expose, text: text, file: file)
    }

    private static func assemble(
        _ fields: ExcerptFields, dispositif: [String], expose: [String], text: String, file: String
    ) -> AmendmentFile {
        var result = AmendmentFile(file: file, format: .excerpt)
        let hint = FileNameHint(file)
        var number = fields.number
        if number == nil, let guess = hint.number {
            number = guess
            result.warn("amendement \(guess): the excerpt does not print its number, taken from the file name")
        }
        guard let number else {
            result.warn("the excerpt prints no amendment number and the file name gives none: nothing read")
            return result
        }
        var bill = fields.bill
        if bill == nil, let guess = hint.bill {
            bill = guess
            result.warn("amendement \(number): text n° \(guess) taken from the file name")
        }
        var stage = fields.stage ?? AmendedText.stage(examinedBy: fields.examinedBy)
        if stage == nil, let guess = hint.stage {
            stage = guess
            result.warn("amendement \(number): stage '\(guess.rawValue)' taken from the file name")
        }
        let dispositifText = dispositif.joined(separator: "\n")
        let target = target(
            fields, dispositif: dispositifText, expose: expose.joined(separator: "\n"), number: number, result: &result)
        let chamber = chamber(of: text)
        if chamber == .unknown { result.warn("amendement \(number): the excerpt does not say which chamber") }
        if dispositif.isEmpty { result.warn("amendement \(number): no dispositif in the excerpt") }
        if fields.authors.isEmpty { result.warn("amendement \(number): no authors in the excerpt") }
        if fields.fateText == nil { result.note("amendement \(number): no fate in the excerpt") }
        if fields.identicalFollows {
            result.note("amendement \(number): an identical amendment follows, not named in the excerpt")
        }
        let amendment = Amendment(
            number: number, chamber: chamber,
            text: AmendedText(bill: bill, stage: stage, reading: fields.reading, examinedBy: fields.examinedBy),
            authors: fields.authors, authorsText: fields.authorsText, group: fields.group, date: fields.date,
            target: target, dispositif: dispositifText, expose: expose.isEmpty ? nil : expose.joined(separator: "\n"),
            fateText: fields.fateText, fateDate: fields.fateDate)
        result.amendments = [amendment]
        return result
    }

    /// The target from a heading, else from the dispositif (`cet intitulé`, `le titre`), else the one
    /// article the exposé names (`Cet article 7…`, `supprimer l'article 7`), with a note.
    private static func target(
        _ fields: ExcerptFields, dispositif: String, expose: String, number: String, result: inout AmendmentFile
    ) -> AmendmentTarget {
        var target = AmendmentTarget.unknown
        let dispositifKey = Folding.key(dispositif)
        if let label = fields.targetLabel {
            target = AmendmentTarget(label: label)
        } else if fields.wholeText {
            target = AmendmentTarget(kind: .wholeText, label: "question préalable")
        } else if ["cet intitule", "l'intitule", "le titre du projet", "le titre de la proposition"].contains(
            where: dispositifKey.contains)
        {
            target = AmendmentTarget(kind: .title)
        } else {
            let named = Set(articlesNamed(in: Folding.key(expose + "\n" + dispositif)))
            if named.count == 1, let only = named.first {
                target = AmendmentTarget(kind: .article, article: ArticleNumber(label: only))
                result.note(
                    "amendement \(number): target article \(only) inferred from the text (the excerpt has no heading)",
                    article: only)
            } else {
                result.warn(
                    "amendement \(number): target article unknown (the excerpt has no heading"
                        + (named.isEmpty ? ")" : " and names articles \(named.sorted().joined(separator: ", ")))"))
            }
        }
        if target.kind == .article || target.kind == .unknown, target.alinea == nil,
            let range = dispositifKey.firstRange(of: "alinea ")
        {
            let digits = dispositifKey[range.upperBound...].prefix { $0.isNumber }
            if let value = Int(digits) {
                target.alinea = value
                target.alineaLabel = "alinéa \(value)"
            }
        }
        return target
    }

    /// Article numbers of the bill named in a folded text (`l'article 7`, `cet article 7 bis`),
    /// leaving out code and other laws' articles (`l'article L. 252-1`, `l'article 38 de la Constitution`).
    static func articlesNamed(in key: String) -> [String] {
        var found: [String] = []
        var start = key.startIndex
        while let range = key[start...].firstRange(of: "article ") {
            start = range.upperBound
            let before = key[..<range.lowerBound].suffix(4)
            guard before.hasSuffix("l'") || before.hasSuffix("cet ") else { continue }
            let rest = key[range.upperBound...]
            var words = rest.split(separator: " ", maxSplits: 3).map { $0.trimmed(".,;:)»\"") }
            guard let first = words.first, first.first?.isNumber == true,
                first.allSatisfy({ $0.isNumber || $0 == "e" || $0 == "r" })
            else { continue }
            words = Array(words.prefix(2))
            var label = first
            if words.count > 1, ArticleNumber.latinRank(words[1]) != nil { label += " " + words[1] }
            let after = rest.dropFirst(label.count)
            let foreign = [
                " du code", " de la loi", " de l'ordonnance", " du decret", " de la constitution", " du reglement",
            ]
            if foreign.contains(where: { after.hasPrefix($0) }) { continue }
            found.append(label)
        }
        return found
    }

    private static func chamber(of text: String) -> Chamber {
        let key = Folding.key(text)
        let assemblee = ["texte vise:", "depute", "assemblee nationale", "publie le "]
        if assemblee.contains(where: key.contains) { return .assemblee }
        let senat = ["senat", "depose le ", "liasse d'amendements", "direction de la seance", "senateur"]
        if senat.contains(where: key.contains) { return .senat }
        return .unknown
    }

    /// Strips the table pipes of the Sénat jeu complet and collapses white space.
    private static func clean(_ line: Substring) -> String {
        var text = HTMLText.collapse(String(line)).trimmed("|")
        text = text.trimmingSpaces()
        return text.allSatisfy({ $0 == "|" || $0 == " " }) ? "" : text
    }

    static func isExposeMarker(_ key: String) -> Bool {
        let bare = key.trimmed(" :")
        return bare == "expose sommaire" || bare == "objet" || bare == "expose des motifs de l'amendement"
    }

    private static func isEnd(_ key: String) -> Bool {
        key.hasPrefix("aucun commentaire n'a encore ete formule") || key == "inscription" || key == "connexion"
    }

    /// A line that starts an instruction: `Supprimer…`, `Rédiger…`, `À l'alinéa 1…`, `I. – …`.
    static func isOpener(_ key: String) -> Bool {
        let openers = [
            "supprimer", "rediger", "completer", "substituer", "inserer", "remplacer", "ajouter", "retablir",
            "a l'alinea", "a la premiere", "a la deuxieme", "a la troisieme", "a la quatrieme", "a la derniere",
            "a la fin", "a l'article", "au debut", "au premier", "au deuxieme", "au dernier", "aux alineas",
            "apres l'alinea",
            "apres l'article", "apres le mot", "apres les mots", "avant l'alinea", "avant l'article", "alinea ",
            "l'alinea ",
        ]
        if openers.contains(where: key.hasPrefix) { return true }
        let roman = key.prefix { "ivxlc".contains($0) }
        guard !roman.isEmpty else { return false }
        let rest = key.dropFirst(roman.count)
        return rest.hasPrefix(". -") || rest.hasPrefix(".-") || rest.hasPrefix(" -")
    }

    /// Whether a line without a marker still belongs to the dispositif: quoted text, a line after a
    /// colon, a line ending with a colon, a new numbered part, a short lead-in (`la date`) before a quote.
    private static func continuesDispositif(_ line: String, previous: String?, next: String?) -> Bool {
        let key = Folding.key(line)
        if line.hasPrefix("«") || line.hasPrefix("\"") || line.hasPrefix("“") { return true }
        if previous?.hasSuffix(":") == true || line.hasSuffix(":") { return true }
        if isOpener(key) { return true }
        return line.count <= 30 && (next?.hasPrefix("«") ?? false)
    }
}
