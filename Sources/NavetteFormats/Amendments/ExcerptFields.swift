import NavetteCore

/// What the header lines of an amendment page excerpt say, gathered line by line.
///
/// Each recogniser matches one way a page prints a field: AN pages (`Texte visé :`, `Stade de
/// lecture :`, `Examiné par :`, `Photo de madame la députée …`), NosDéputés and NosSénateurs
/// (`Amendement N° 565 (Rejeté)`, `Publié le … par :`, `Déposé le … par :`, `Titre (consulter les
/// débats)`), Ameli liasses (`N° COM-100`, `présenté par`, a fate line, the author, `ARTICLE 1ER`),
/// Sénat jeu complet (`N° 1 18 janvier 2023`), and vote records (`l'amendement n° 217 de Mme Galzy à
/// l'article 7`, `Résultat : rejeté`).
struct ExcerptFields {
    var number: String?
    var fateText: String?
    var fateDate: String?
    var date: String?
    var authors: [String] = []
    var authorsText: String?
    var bill: String?
    var reading: String?
    var examinedBy: String?
    var stage: AmendedText.Stage?
    var targetLabel: String?
    var wholeText = false
    var identicalFollows = false
    var isVoteRecord = false
    /// Set after `présenté par`: the next lines are a fate and the signatories.
    private var expectingAuthors = false

    /// Reads one header line; false when the line is none of the known fields.
    mutating func read(_ line: String) -> Bool {
        let key = Folding.key(line)
        if expectingAuthors {
            if AmendmentFate(sort: line) != .unknown, line.count < 40 {
                fateText = line
                return true
            }
            expectingAuthors = false
            var names = line
            if let tail = names.firstRange(of: " TENDANT ") { names = String(names[..<tail.lowerBound]) }
            authorsText = names
            authors = AuthorList.split(names).names
            return true
        }
        if let value = after(key, line, prefix: "texte vise:") {
            if let range = value.range(ofLast: "n° ") { bill = String(value[range.upperBound...]) }
            return true
        }
        if let value = after(key, line, prefix: "stade de lecture:") {
            reading = value
            return true
        }
        if let value = after(key, line, prefix: "examine par:") {
            examinedBy = value
            return true
        }
        if key == "fabrication de la liasse" || key.hasPrefix("photo issue") || key.hasPrefix("logo")
            || key == "amendement"
            || key.hasPrefix("liasse d'amendements") || key.hasPrefix("avis de la commission") || key == "projet de loi"
        {
            return true
        }
        if key.hasPrefix("photo de ") {
            readPhoto(line, key: key)
            return true
        }
        if key.hasPrefix("publie le ") || key.hasPrefix("depose le "), let range = line.firstRange(of: "par :") {
            date = SourceDate.spelled(in: String(line[..<range.lowerBound]))
            authorsText = String(line[range.upperBound...]).trimmingSpaces()
            let split = AuthorList.split(authorsText ?? "")
            authors = split.names
            if let named = split.group { group = named }
            return true
        }
        if key.hasPrefix("amendement n°") || key.hasPrefix("amendement n ") {
            readNumberHeading(line)
            return true
        }
        if key.hasPrefix("n° ") || key.hasPrefix("n°") {
            let words = line.dropFirst(2).split(separator: " ").map(String.init)
            if let first = words.first {
                number = first
                date = date ?? SourceDate.spelled(in: words.dropFirst().joined(separator: " "))
            }
            return true
        }
        if key.hasPrefix("discute en seance le") {
            fateDate = SourceDate.spelled(in: line)
            stage = .seance
            return true
        }
        if key.hasPrefix("texte de loi n°") || key.contains("— texte n°") || key.contains("- texte n°") {
            if let range = line.range(ofLast: "° ") { bill = String(line[range.upperBound...]).trimmingSpaces() }
            return true
        }
        if key.hasSuffix("(consulter les debats)") {
            targetLabel = String(line.dropLast("(consulter les débats)".count)).trimmingSpaces()
            return true
        }
        if key.hasPrefix("presente par") || key.hasSuffix("presentee par") || key.hasSuffix("presente par") {
            if key.contains("question prealable") || key.contains("motion") { wholeText = true }
            expectingAuthors = true
            return true
        }
        if key == "direction de la seance" || (key.hasPrefix("commission ") && line.count < 80) {
            examinedBy = line
            return true
        }
        if isHeading(line, key: key) {
            targetLabel = line
            return true
        }
        if readVote(line, key: key) { return true }
        return readParentheses(line, key: key)
    }

    /// A group named in the signatory line (`les membres du groupe …`).
    var group: String?

    private mutating func readPhoto(_ line: String, key: String) {
        // "Photo de madame la députée Sandra Regol" / "Photo de monsieur le député Julien Bayou".
        for (prefix, civility) in [("photo de madame la deputee ", "Mme"), ("photo de monsieur le depute ", "M.")]
        where key.hasPrefix(prefix) {
            let name = String(line.dropFirst(prefix.count)).trimmingSpaces()
            if !name.isEmpty, !authors.contains(civility + " " + name) { authors.append(civility + " " + name) }
        }
    }

    private mutating func readNumberHeading(_ line: String) {
        // "Amendement N° 565 (Rejeté)"
        var rest = String(line.drop { $0 != "°" }.dropFirst()).trimmingSpaces()
        if let open = rest.firstIndex(of: "("), let close = rest.lastIndex(of: ")"), open < close {
            fateText = String(rest[rest.index(after: open)..<close]).trimmingSpaces()
            rest = String(rest[..<open]).trimmingSpaces()
        }
        if !rest.isEmpty { number = rest }
    }

    /// `ARTICLE 1ER`, `ARTICLE 7`, `ARTICLE ADDITIONNEL APRÈS L'ARTICLE 7`: a heading in capitals
    /// (the `er` of `1er` may be lowercase).
    private func isHeading(_ line: String, key: String) -> Bool {
        guard key.hasPrefix("article "), line.count < 80 else { return false }
        let letters = line.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy { $0.isUppercase || $0 == "e" || $0 == "r" }
            && letters.first!.isUppercase
    }

    /// Vote pages: `L'amendement n° 217 de Mme Galzy à l'article 7 …`, `Sur l'amendement n° 153 de M.
    /// Vicot et l'amendement identique suivant à l'article 7 …`, `Résultat : rejeté`, `REJETÉ…`,
    /// `Les députés ont rejeté le 22 mars 2023 …`, `Voté dans l'hémicycle … le 23 mars 2023`.
    private mutating func readVote(_ line: String, key: String) -> Bool {
        if let range = line.firstRange(of: "amendement n° "),
            key.hasPrefix("l'amendement") || key.hasPrefix("sur l'amendement")
        {
            isVoteRecord = true
            let rest = line[range.upperBound...]
            if number == nil { number = rest.prefix { !$0.isWhitespace }.trimmed(",") }
            if let by = rest.firstRange(of: " de "), authors.isEmpty {
                var name = String(rest[by.upperBound...])
                for stop in [" et l'amendement", " à l'article", " à l’article", " au ", ","] {
                    if let cut = name.firstRange(of: stop) { name = String(name[..<cut.lowerBound]) }
                }
                authors = [name.trimmingSpaces()]
            }
            if let at = key.firstRange(of: "a l'article ") {
                let words = key[at.upperBound...].split(separator: " ").prefix(3)
                var label = [String(words.first ?? "")]
                for word in words.dropFirst() where ArticleNumber.latinRank(String(word)) != nil {
                    label.append(String(word))
                }
                targetLabel = "article " + label.joined(separator: " ")
            }
            identicalFollows = key.contains("amendement identique suivant") || identicalFollows
            if let open = line.firstRange(of: "("), let close = line[open.upperBound...].firstIndex(of: ")"),
                Folding.key(String(line[open.upperBound..<close])).contains("lecture")
            {
                reading = String(line[open.upperBound..<close])
            }
            return true
        }
        if isVoteRecord || key.hasPrefix("resultat:") {
            for (word, printed) in [("rejete", "rejeté"), ("adopte", "adopté")]
            where key.hasPrefix(word) || key.hasPrefix("resultat: " + word) || key.hasPrefix("les deputes ont " + word)
            {
                fateText = fateText ?? printed
                if key.hasPrefix("les deputes ont") { fateDate = SourceDate.spelled(in: line) }
                return true
            }
            if key.hasPrefix("vote dans l'hemicycle") {
                fateDate = SourceDate.spelled(in: line)
                stage = .seance
                return true
            }
        }
        return false
    }

    /// `(1ère lecture)`, `(n° 220 )`, `Projet de loi … (1ère lecture) (…) (n° 249 , 248 …)`; a bare
    /// date line (`16 janvier 2023`).
    private mutating func readParentheses(_ line: String, key: String) -> Bool {
        if line.count <= 25, let spelled = SourceDate.spelled(in: line) {
            // On a vote page the only dates are the vote's.
            if !isVoteRecord { date = date ?? spelled }
            return true
        }
        let bill = key.hasPrefix("(") || key.hasPrefix("projet de loi") || key.hasPrefix("proposition de loi")
        guard bill, line.contains("(") else { return false }
        var found = false
        for part in line.split(separator: "(", omittingEmptySubsequences: false).dropFirst() {
            let inner = String(part.prefix { $0 != ")" }).trimmingSpaces()
            let innerKey = Folding.key(inner)
            if innerKey.hasSuffix("lecture") {
                reading = reading ?? inner
                found = true
            }
            if innerKey.hasPrefix("n° ") || innerKey.hasPrefix("n°") {
                let digits = inner.drop { !$0.isNumber }.prefix { $0.isNumber }
                if !digits.isEmpty { self.bill = self.bill ?? String(digits) }
                found = true
            }
        }
        return found
    }

    /// The trimmed text after `prefix` (matched on the folded key) in the original line.
    private func after(_ key: String, _ line: String, prefix: String) -> String? {
        guard key.hasPrefix(prefix), let colon = line.firstIndex(of: ":") else { return nil }
        return String(line[line.index(after: colon)...]).trimmingSpaces()
    }
}

extension String {
    /// The range of the last occurrence of `text`.
    func range(ofLast text: String) -> Range<String.Index>? {
        var found: Range<String.Index>? = nil
        var start = startIndex
        while let range = self[start...].firstRange(of: text) {
            found = range
            start = range.upperBound
        }
        return found
    }
}
