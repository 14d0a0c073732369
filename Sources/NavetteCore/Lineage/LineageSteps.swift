/// One step of a history: the article's text with placeholders resolved, and the link that tied it.
extension LineageBuilder {
    mutating func addStep(
        _ article: Article, at index: Int, of reading: Reading, column: Int, history: Int, assignment: Assignment
    ) {
        var track = tracks[history]
        let previousLabel = histories[history].lastStep?.label
        let previousStatus = histories[history].lastStep?.status
        var step = ArticleHistory.Step(reading: reading.id, label: article.label, status: Self.status(of: article))
        var how: ArticleHistory.Link.Method = assignment.moved ? .similarity : .label
        var confidence = assignment.moved ? assignment.similarity ?? 0 : 1
        func note(_ message: String) {
            diagnostics.append(Diagnostic(.note, message, source: reading.id, article: article.label))
        }
        let earlier = track.text
        let written = Self.writtenText(article)
        let unchanged = article.status == .nonModifie || article.status == .conforme
        if article.status == .supprime {
            track.deleted = true
        } else if unchanged && written.isEmpty {
            // `(Non modifié)`, `Conforme` alone: the text of the latest reading that wrote it out.
            track.deleted = false
            if earlier.isEmpty {
                note("marked \(article.status.rawValue) but no earlier reading wrote its text out")
            } else {
                step.alineas = earlier
                step.carried = true
                step.carriedFrom = track.textReading
                step.carriedAlineas = Array(earlier.indices)
                if !assignment.moved { how = .placeholder }
            }
        } else {
            track.deleted = false
            var alineas = written
            if PlaceholderResolver.needsEarlierText(written) {
                if earlier.isEmpty {
                    note("placeholders stand for an earlier text, but no earlier reading wrote this article out")
                } else {
                    let resolution = PlaceholderResolver.resolveParts(written, earlier: earlier)
                    alineas = resolution.alineas
                    step.carriedAlineas = resolution.carried
                    step.carriedFrom = resolution.carried.isEmpty ? nil : track.textReading
                    for problem in resolution.unresolved { note("placeholder not resolved: \(problem)") }
                }
            }
            step.alineas = alineas
            if unchanged, !earlier.isEmpty {
                // Marked unchanged and printed (or named part by part): carried when the text is the
                // earlier one. The printed text is kept: "unchanged" speaks of the text the reading
                // examined, which may be a reading this dossier does not hold.
                let differing = Self.differingAlineas(alineas, earlier)
                if differing == 0 || step.carriedAlineas.count == alineas.count {
                    step.carried = true
                    step.carriedFrom = track.textReading
                    step.carriedAlineas = Array(alineas.indices)
                    if !assignment.moved { how = .placeholder }
                } else if step.carriedAlineas.isEmpty {
                    note(
                        "marked \(article.status.rawValue), but its text differs from \(track.textReading ?? "the earlier one") "
                            + "in \(differing) alinéa(s): a reading between them is missing, or the source is inconsistent"
                    )
                }
            }
            if !assignment.moved, how == .label, let similarity = assignment.similarity {
                confidence = Self.labelConfidence(similarity)
            }
            track.remember(
                alineas, from: step.carried ? track.textReading ?? reading.id : reading.id,
                signature: assignment.moved ? nil : assignment.signature)
        }
        if let previous = track.lastPresent {
            let from = readings[previous].id
            histories[history].links.append(
                ArticleHistory.Link(
                    from: from, to: reading.id, how: how, confidence: confidence, similarity: assignment.similarity))
            let shared = Int(((assignment.similarity ?? 0) * 100).rounded())
            if assignment.moved {
                note("renumbered between readings: article \(previousLabel ?? "?") of \(from) (texts share \(shared)%)")
            } else if confidence < DossierLineage.lowConfidence {
                let what = previousStatus == .supprime ? "reinserted after its deletion in \(from)" : "kept its label"
                note(
                    "\(what), but its text shares only \(shared)% with the earlier one: rewritten, or another article under the same label"
                )
            }
        }
        if track.key != article.number.key, byKey[track.key] == history { byKey[track.key] = nil }
        track.key = article.number.key
        byKey[track.key] = history
        track.lastPresent = column
        track.position = Double(index) / Double(max(reading.articles.count, 1))
        tracks[history] = track
        histories[history].steps.append(step)
    }

    /// Notes an article printed in the previous reading that has text and vanishes without `(Supprimé)`.
    mutating func noteVanished(_ history: Int, in reading: Reading, column: Int) {
        guard !reading.articles.isEmpty, let last = tracks[history].lastPresent, !tracks[history].deleted,
            let previous = readings[..<column].lastIndex(where: { !$0.articles.isEmpty }), last == previous
        else { return }
        diagnostics.append(
            Diagnostic(
                .note, "printed in \(readings[previous].id) but not in this reading, and not marked (Supprimé)",
                source: reading.id, article: histories[history].lastStep?.label))
    }

    /// The alinéas a reading prints for an article, without a line that only repeats its status.
    static func writtenText(_ article: Article) -> [Alinea] {
        article.alineas.filter { !isStatusOnly($0) }
    }

    /// An alinéa that only repeats the article's status: `(Non modifié)`, `Conforme`.
    static func isStatusOnly(_ alinea: Alinea) -> Bool {
        // Cheap tests first: this runs on every alinéa of every reading.
        let bytes = alinea.folded.utf8
        guard bytes.count <= 32, let first = bytes.first(where: { $0 != UInt8(ascii: "(") }),
            "ncsNCS".utf8.contains(first)
        else { return false }
        let word = Folding.key(alinea.text).filter { $0 != "(" && $0 != ")" && $0 != "." }
        return ArticleStatus(statusWord: word).map { $0 != .none } ?? false
    }

    static func status(of article: Article) -> ArticleHistory.Status {
        switch article.status {
        case .supprime: .supprime
        case .nonModifie: .nonModifie
        case .conforme: .conforme
        case .none: article.flags.contains(.nouveau) ? .nouveau : .none
        }
    }

    /// A label link is sure when the texts share half their bigrams; a rewritten article keeps its label
    /// legitimately, so confidence never drops below one half.
    static func labelConfidence(_ similarity: Double) -> Double {
        similarity >= 0.5 ? 1 : 0.5 + similarity
    }

    /// How many alinéas differ between two texts after folding (count difference included).
    static func differingAlineas(_ lhs: [Alinea], _ rhs: [Alinea]) -> Int {
        zip(lhs, rhs).count { $0.folded != $1.folded } + abs(lhs.count - rhs.count)
    }
}

extension LineageBuilder.Track {
    mutating func remember(_ alineas: [Alinea], from reading: String, signature: TextSignature? = nil) {
        text = alineas
        textReading = reading
        self.signature = signature
    }
}
