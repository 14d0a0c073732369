/// Reads a motion as published (a council's vœu, an open letter): title, body and date line,
/// `Considérant …` paragraphs, the operative part after `émet le vœu que` / `demande` with its
/// bullets, and the outcome line (`Vœu rejeté`).
public enum MotionParser {
    /// O(n) in the text's length: each line is folded once, and the questions asked of it read its key.
    public static func parse(_ text: String, source: String? = nil) -> Motion {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        // Each line's key once: a motion of one 5 MB line was folded once per question asked of it.
        let keys = lines.map(key)
        func line(where test: (String) -> Bool) -> String? { keys.firstIndex(where: test).map { lines[$0] } }
        var motion = Motion(source: source)
        motion.title = line { $0.hasPrefix("voeu") || $0.hasPrefix("motion") } ?? lines.first
        if let dateLine = line(where: { $0.contains("seance du") || $0.contains("seance de") }) {
            motion.date = FrenchDate.first(in: dateLine)
            let parts = dateLine.split(separator: "–", maxSplits: 1)
            if parts.count == 2 { motion.body = parts[0].trimmingSpaces() }
        }
        if let filed = line(where: { $0.hasPrefix("depose par") || $0.hasPrefix("deposee par") }) {
            // "Déposé par" or "Déposée par": drop the words as long as they are.
            motion.authors = authors(String(filed.drop { $0 != " " }.dropFirst().drop { $0 != " " }))
        }
        motion.considerants = lines.indices.filter { keys[$0].hasPrefix("considerant") }.map { lines[$0] }
        motion.outcome = outcome(keys: keys)

        let operativeStart = keys.firstIndex { folded in
            folded.contains("emet le voeu") || folded.contains("emettent le voeu")
                || folded.hasSuffix("demande :")
                || folded.hasSuffix("demandons :") || folded.contains("decide :")
        }
        if let start = operativeStart {
            let operative = lines.indices.dropFirst(start + 1)
                .filter { !isOutcome(key: keys[$0]) && !keys[$0].contains("attribut alt") }.map { lines[$0] }
            let bulleted = operative.filter(isBullet)
            motion.demands = (bulleted.isEmpty ? operative : bulleted).map { demand(stripBullet($0)) }
        } else {
            motion.diagnostics.append(
                Diagnostic(
                    .note, "no operative part found (\"émet le vœu que\", \"demande :\"): no demand read",
                    source: source))
        }
        motion.citedFeatures = motion.considerants.flatMap(features)
        for index in motion.demands.indices where motion.demands[index].article != nil {
            motion.demands[index].citedFeatures += motion.citedFeatures
        }
        return motion
    }

    /// One demand: its kind, who acts, whom it asks, the article it targets.
    public static func demand(_ text: String) -> Demand {
        var demand = Demand(kind: kind(of: text), text: text)
        let lower = text.lowercased()
        let verbs = [
            " demandent", " demande", " se désengage", " se desengage", " organisent", " organise", " s’engage",
            " s'engage", " interdise", " renonce", " cesse", " refuse",
        ]
        let characters = Array(lower)
        let original = Array(text)
        let positions = verbs.compactMap { verb in characters.firstRange(of: Array(verb)) }
        if characters.count == original.count, let verb = positions.min(by: { $0.lowerBound < $1.lowerBound }) {
            demand.addressee = String(original[..<verb.lowerBound]).trimmingSpaces()
            // "demandent à l’État …": the words after "à" name whom the demand is made of.
            var rest = original[verb.upperBound...].drop { $0.isLetter }
            if rest.starts(with: Array(" à ")) {
                rest = rest.dropFirst(3)
                demand.askedOf = askedOf(Substring(String(rest)))
            }
        }
        demand.article = article(in: text)
        return demand
    }

    static func kind(of text: String) -> Demand.Kind {
        let folded = key(text)
        func has(_ words: String...) -> Bool { words.contains { folded.contains($0) } }
        if has(
            "retrait de l'article", "supprimer l'article", "suppression de l'article", "retirer l'article",
            "abroger l'article")
        {
            return .withdrawArticle
        }
        if has("participation financiere", "financement", "financer", "desengage") { return .stopFunding }
        if has("conference du consensus", "conference de consensus", "evaluation", "etude d'impact") {
            return .evaluation
        }
        if has("interdi", "ne plus jamais recourir", "renonce", "moratoire", "hors reconnaissance faciale", "bannir") {
            return .banTechnology
        }
        if has("limiter", "reduire la duree", "ecourter", "jusqu'au", "date de fin", "duree de l'experimentation") {
            return .limitExperiment
        }
        return .other
    }

    /// `l’article 7 du projet de loi` -> `7`.
    static func article(in text: String) -> String? {
        let words = key(text).split(separator: " ").map(String.init)
        for (index, word) in words.enumerated()
        where (word == "l'article" || word == "article") && index + 1 < words.count {
            var label = [words[index + 1]]
            var next = index + 2
            while next < words.count, ArticleNumber.latinRank(words[next]) != nil {
                label.append(words[next])
                next += 1
            }
            if label[0] == "1er" || label[0].allSatisfy(\.isNumber) { return label.joined(separator: " ") }
        }
        return nil
    }

    /// Features of the bill a considérant cites: an end date, the scope, the detected events.
    /// O(n) in the length of the considérant (each date is checked where it stands, not searched for
    /// again in the whole text, which made a long one-line motion quadratic).
    public static func features(_ considerant: String) -> [CitedFeature] {
        var found: [CitedFeature] = []
        let folded = Folding.fold(considerant)
        for date in FrenchDate.all(in: considerant) where date.isEndDate {
            found.append(CitedFeature(kind: .endDate, value: date.iso, quote: "jusqu’au " + date.text))
        }
        if let range = folded.firstRange(of: "manifestations sportives") {
            let phrase = folded[range.lowerBound...].prefix { $0 != ";" && $0 != "(" }
            let scope = phrase.split(separator: " et ").first.map(String.init) ?? String(phrase)
            found.append(CitedFeature(kind: .scope, value: scope.trimmingSpaces(), quote: scope.trimmingSpaces()))
        }
        if let verb = folded.firstRange(of: "détecter") ?? folded.firstRange(of: "detecter"),
            let open = folded[verb.upperBound...].firstIndex(of: "("), let close = folded[open...].firstIndex(of: ")")
        {
            let inside = String(folded[folded.index(after: open)..<close])
            found.append(CitedFeature(kind: .detectedEvents, value: inside, quote: inside))
        }
        return found
    }

    static func outcome(keys: [String]) -> Motion.Outcome {
        for folded in keys.reversed() where isOutcome(key: folded) {
            if folded.contains("rejete") || folded.contains("refuse") { return .rejete }
            if folded.contains("adopte") { return .adopte }
            if folded.contains("retire") { return .retire }
        }
        return .unknown
    }

    /// On a line's key; fewer than 60 characters, counted no further than that.
    private static func isOutcome(key folded: String) -> Bool {
        guard folded.index(folded.startIndex, offsetBy: 60, limitedBy: folded.endIndex) == nil else { return false }
        return [
            "voeu rejete", "voeu adopte", "voeu retire", "motion rejetee", "motion adoptee", "rejete a", "adopte a",
        ]
        .contains { folded.hasPrefix($0) } || ["rejete", "adopte", "retire", "rejete.", "adopte."].contains(folded)
    }

    private static func isBullet(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return "•-–*·▪".contains(first)
    }

    private static func stripBullet(_ line: String) -> String {
        line.drop { "•-–*·▪ ".contains($0) }.trimmingSpaces()
    }

    private static func authors(_ text: String) -> [String] {
        text.replacing(" et ", with: ", ").split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// `l’État l’organisation…` -> `l’État`: the capitalised words after `à`.
    private static func askedOf(_ text: Substring) -> String? {
        var taken: [Substring] = []
        for word in text.split(separator: " ") {
            let letters = word.drop { $0 == "l" || $0 == "’" || $0 == "'" || $0 == "d" }
            guard taken.isEmpty || (letters.first?.isUppercase ?? false) else { break }
            taken.append(word)
            if !(letters.first?.isUppercase ?? false) { break }
        }
        return taken.isEmpty ? nil : taken.joined(separator: " ")
    }

    private static func key(_ text: String) -> String { Folding.key(text) }
}
