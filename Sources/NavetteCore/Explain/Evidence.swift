/// What an amendment's dispositif writes and removes, folded for matching changes against it.
struct Evidence {
    let amendment: Amendment
    /// Folded keys of the texts the dispositif quotes or writes out.
    let written: [String]
    /// Folded keys of the texts it quotes as to be removed (`supprimer les mots : « x »`,
    /// `substituer aux mots : « x »`).
    let removed: [String]
    /// The whole dispositif, folded.
    let dispositif: String
    /// Alinéas the dispositif suppresses (`Supprimer l'alinéa 3`, `alinéas 3 à 5`).
    let suppressedAlineas: Set<Int>
    let rewritesArticle: Bool
    /// What applying the amendment alone to the earlier text changes: the words it inserts and
    /// deletes, by alinéa of the earlier text (nil: a whole alinéa inserted).
    let produced: [Produced]

    struct Produced {
        var oldNumber: Int?
        var inserted: String
        var deleted: String
        var insertedIsMeaningful: Bool
        var deletedIsMeaningful: Bool

        init(oldNumber: Int?, inserted: String, deleted: String) {
            self.oldNumber = oldNumber
            self.inserted = inserted
            self.deleted = deleted
            insertedIsMeaningful = Evidence.isMeaningful(inserted)
            deletedIsMeaningful = Evidence.isMeaningful(deleted)
        }
    }

    init(_ amendment: Amendment, before: [Alinea] = []) {
        self.amendment = amendment
        let text = amendment.dispositif
        // What it writes: its quotations, and every line (alinéas written without guillemets; the
        // instruction lines themselves never match an article's text).
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let quoted = Evidence.quotationsWithRole(text)
        let written = quoted.filter { !$0.removed }.map(\.key) + lines.map(Evidence.key)
        self.written = written.filter { !$0.isEmpty }.map(Evidence.words)
        self.removed = quoted.filter(\.removed).map(\.key).filter { !$0.isEmpty }.map(Evidence.words)
        self.dispositif = Evidence.key(text)
        self.rewritesArticle =
            dispositif.contains("rediger ainsi cet article") || dispositif.contains("rediger comme suit cet article")
            || dispositif.contains("cet article est ainsi redige")
        self.suppressedAlineas = Evidence.suppressed(dispositif, target: amendment.target.alinea)
        self.produced = Evidence.produced(by: amendment, on: before)
    }

    /// Applies the amendment alone to `before` and lists what changes.
    static func produced(by amendment: Amendment, on before: [Alinea]) -> [Produced] {
        guard !before.isEmpty, !amendment.dispositif.isEmpty else { return [] }
        let outcome = AmendmentSequence.apply(
            [AmendmentSequence.Amendment(name: amendment.number, dispositif: amendment.dispositif)],
            to: before.map(\.text))
        guard outcome.amendments.allSatisfy({ $0.results.contains(where: \.isApplied) }) else { return [] }
        let comparison = Comparer.compare(old: before, new: outcome.alineas.map { Alinea($0) })
        return comparison.alineas.flatMap { entry in
            Explainer.changes(in: entry).map {
                Produced(
                    oldNumber: entry.oldNumber, inserted: Evidence.words(key($0.inserted)),
                    deleted: Evidence.words(key($0.deleted)))
            }
        }
    }

    /// A change's folded keys and words, worked out once and matched against every amendment.
    struct ChangeKeys {
        let inserted: String
        let deleted: String
        let insertedWords: String
        let deletedWords: String
        let insertedIsMeaningful: Bool
        let deletedIsMeaningful: Bool

        init(_ change: Explainer.Change) {
            inserted = Evidence.key(change.inserted)
            deleted = Evidence.key(change.deleted)
            insertedWords = Evidence.words(inserted)
            deletedWords = Evidence.words(deleted)
            insertedIsMeaningful = Evidence.isMeaningful(inserted)
            deletedIsMeaningful = Evidence.isMeaningful(deleted)
        }
    }

    /// Why this amendment produces the change, or nil when it does not.
    func reason(for change: Explainer.Change, keys: ChangeKeys, entry: Comparison.Entry) -> String? {
        if appliedProduces(keys, oldNumber: entry.oldNumber) {
            return "applying the amendment to the earlier text makes this change"
        }
        if appliedProducesPart(keys) {
            return "applying the amendment makes part of this change; the rest comes from no amendment held"
        }
        if !keys.inserted.isEmpty {
            guard keys.insertedIsMeaningful else { return nil }
            if written.contains(where: { $0.contains(keys.insertedWords) }) {
                return "the dispositif writes the inserted words"
            }
            // A whole alinéa inserted nearly as the amendment wrote it (the commission retouched it).
            if change.op == nil, written.contains(where: { Evidence.coverage(of: $0, in: keys.inserted) >= 0.8 }) {
                return "the dispositif writes this alinéa, nearly as adopted"
            }
            return nil
        }
        if !keys.deleted.isEmpty {
            if change.op == nil, let number = entry.oldNumber, suppressedAlineas.contains(number) {
                return "the dispositif suppresses alinéa \(number)"
            }
            guard keys.deletedIsMeaningful else { return nil }
            // Deleted words are quoted by "supprimer les mots" / "substituer aux mots"; a rewrite of
            // the article removes what it no longer writes.
            let words = keys.deletedWords
            if removed.contains(where: { $0.contains(words) }) {
                return "the dispositif quotes the deleted words as removed"
            }
            if rewritesArticle && !written.contains(where: { $0.contains(words) }) {
                return "the dispositif rewrites the article without these words"
            }
            return nil
        }
        return nil
    }

    /// Whether applying the amendment alone makes this change: the same words inserted (or deleted)
    /// in the same alinéa; longer runs may also be found inside a larger change it makes.
    func appliedProduces(_ keys: ChangeKeys, oldNumber: Int?) -> Bool {
        for item in produced {
            let sameAlinea = item.oldNumber == oldNumber
            if !keys.inserted.isEmpty {
                if sameAlinea && item.inserted == keys.insertedWords { return true }
                if keys.insertedIsMeaningful && item.inserted.contains(keys.insertedWords) { return true }
            } else if !keys.deleted.isEmpty {
                if sameAlinea && item.deleted == keys.deletedWords { return true }
                if keys.deletedIsMeaningful && item.deleted.contains(keys.deletedWords) { return true }
            }
        }
        return false
    }

    /// Whether a meaningful change the amendment makes lies inside this larger change (the
    /// commission wrote more around it).
    func appliedProducesPart(_ keys: ChangeKeys) -> Bool {
        produced.contains { item in
            (!keys.inserted.isEmpty && item.insertedIsMeaningful && keys.insertedWords.contains(item.inserted))
                || (!keys.deleted.isEmpty && item.deletedIsMeaningful && keys.deletedWords.contains(item.deleted))
        }
    }

    /// Share of the written text's words (numbers, and words of three letters or more) found in the
    /// alinéa; 0 when the written text has fewer than three such words (too short to prove anything).
    static func coverage(of written: String, in alinea: String) -> Double {
        func words(_ text: String) -> Set<Substring> {
            Set(
                text.split(whereSeparator: { $0 == " " || $0 == "\"" || $0 == "," || $0 == ";" || $0 == "." }).filter {
                    $0.count >= 3 || $0.allSatisfy(\.isNumber) || $0.hasSuffix("°")
                })
        }
        let wanted = words(written)
        guard wanted.count >= 3 else { return 0 }
        return Double(wanted.intersection(words(alinea)).count) / Double(wanted.count)
    }

    /// Words separated by single spaces with the punctuation around them stripped, padded with a
    /// space on both sides so that `contains` matches whole words only.
    static func words(_ key: String) -> String {
        let parts = key.split(separator: " ").map { $0.trimming(".,;:\"()") }.filter { !$0.isEmpty }
        return " " + parts.joined(separator: " ") + " "
    }

    /// Quotations with whether the words before them say they are removed.
    static func quotationsWithRole(_ text: String) -> [(key: String, removed: Bool)] {
        let removing = [
            "supprimer", "aux mots", "au mot", "a la reference", "aux references", "a la date", "au nombre",
            "au montant", "au taux", "remplacer les mots", "remplacer le mot", "le mot :", "les mots :",
        ]
        let writing = [
            "par les mots", "par le mot", "par la reference", "par la date", "les mots suivants", "ainsi redige",
            "le mot suivant", "inserer", "completer", "par le nombre", "par le montant", "par le taux",
        ]
        return Quotations.scan(text).map { quotation in
            let from = text.index(
                quotation.start, offsetBy: -min(48, text.distance(from: text.startIndex, to: quotation.start)))
            let tail = String(Folding.key(String(text[from..<quotation.start])).suffix(32))
            let lastRemove = removing.compactMap { tail.ranges(of: $0).last?.lowerBound }.max()
            let lastWrite = writing.compactMap { tail.ranges(of: $0).last?.lowerBound }.max()
            let isRemoved = lastRemove != nil && (lastWrite == nil || lastRemove! > lastWrite!)
            return (Evidence.key(quotation.text), isRemoved && !quotation.nested)
        }
    }

    static func key(_ text: String) -> String {
        Folding.key(text).trimming(" .,;:\"'()-")
    }

    /// Tiny runs (a comma, `et`, `de`) are everywhere: they prove nothing alone.
    static func isMeaningful(_ key: String) -> Bool {
        key.filter { $0.isLetter || $0.isNumber }.count >= 4
    }

    static func suppressed(_ dispositif: String, target: Int?) -> Set<Int> {
        var numbers: Set<Int> = []
        let words = dispositif.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() where word == "supprimer" || word == "supprimer." {
            var next = index + 1
            while next < words.count, ["l'alinea", "les", "alineas", "alinea", "cet"].contains(words[next]) {
                next += 1
            }
            if next < words.count, let first = Int(words[next].trimming(".,;")) {
                numbers.insert(first)
                if next + 2 < words.count, words[next + 1] == "a", let last = Int(words[next + 2].trimming(".,;")),
                    last >= first, last - first < 200
                {
                    numbers.formUnion(first...last)
                }
            } else if next < words.count, words[next].hasPrefix("alinea"), let target {
                numbers.insert(target)  // "Supprimer cet alinéa."
            }
        }
        return numbers
    }
}
