import NavetteCore

/// The words the report uses, the same in HTML and Markdown (plain text: escape before writing).
enum Words {
    static func chamber(_ raw: String) -> (name: String, short: String) {
        switch raw {
        case Chamber.assemblee.rawValue: ("Assemblée nationale", "AN")
        case Chamber.senat.rawValue: ("Sénat", "S")
        case Chamber.cmp.rawValue: ("Commission mixte paritaire", "CMP")
        case Chamber.gouvernement.rawValue: ("Gouvernement", "G")
        case Chamber.conseilConstitutionnel.rawValue: ("Conseil constitutionnel", "CC")
        default: ("Other", "·")
        }
    }

    /// `Sénat · 1ère lecture · commission · 2010-05-06`.
    static func reading(_ info: ReadingInfo?) -> String {
        guard let info else { return "?" }
        return ([chamber(info.chamber).name] + [info.stage, info.step, info.date].compactMap { $0 }).joined(
            separator: " · ")
    }

    /// What text navette holds for a reading.
    static func coverage(_ info: ReadingInfo) -> String {
        switch info.coverage {
        case .full: return "full text"
        case .excerpt:
            let holds = info.holds ?? []
            return holds.isEmpty
                ? "excerpt (no whole article)"
                : "excerpt: article\(holds.count == 1 ? "" : "s") \(holds.joined(separator: ", "))"
        case .missing: return "no copy held"
        }
    }

    /// `2 alinéas changed, 1 inserted; words +12 −4`.
    static func stats(_ stats: Comparison.Stats) -> String {
        let alineas: [(Int, String)] = [
            (stats.alineasChanged, "changed"), (stats.alineasAdded, "inserted"), (stats.alineasRemoved, "deleted"),
            (stats.alineasMoved, "moved"), (stats.alineasTypographic, "in typography only"),
        ]
        var parts: [String] = []
        for (count, what) in alineas where count > 0 {
            parts.append(parts.isEmpty ? "\(Plural.count(count, "alinéa")) \(what)" : "\(count) \(what)")
        }
        if stats.sentencesMoved > 0 { parts.append(Plural.count(stats.sentencesMoved, "sentence") + " moved") }
        let words =
            stats.wordsAdded + stats.wordsRemoved > 0 ? "words +\(stats.wordsAdded) −\(stats.wordsRemoved)" : nil
        return (parts.isEmpty ? "no change" : parts.joined(separator: ", ")) + (words.map { "; " + $0 } ?? "")
    }

    static func verdict(_ verdict: Attribution.Verdict) -> String {
        switch verdict {
        case .explained: "explained"
        case .unexplained: "unexplained"
        case .notAssessed: "not assessed"
        }
    }

    static func changeCounts(_ counts: ChangeCounts) -> String {
        guard counts.total > 0 else { return "no change" }
        return Plural.count(counts.total, "change")
            + ": \(counts.explained) explained, \(counts.unexplained) unexplained, \(counts.notAssessed) not assessed"
    }

    /// `Marie Dupont, Jean Martin +3 (UMP)`.
    static func authors(_ amendment: AmendmentInfo) -> String {
        var who = amendment.authors.prefix(3).joined(separator: ", ")
        if amendment.authors.count > 3 { who += " +\(amendment.authors.count - 3)" }
        if let group = amendment.group { who += who.isEmpty ? group : " (\(group))" }
        return who
    }

    /// `rejeté`, or `unknown (non-voté)`.
    static func fate(_ amendment: AmendmentInfo) -> String {
        let fate = amendment.fate == .unknown ? "fate unknown" : amendment.fate.rawValue
        return amendment.fateText.map { "\(fate) (\($0))" } ?? fate
    }

    /// The sentence under a step's heading: what the reading did to the article.
    static func step(_ step: StepReport, in report: Report) -> String {
        let before = step.comparedWith.map { reading(report.reading($0)) } ?? "?"
        let across =
            step.across.isEmpty ? "" : " (across \(Plural.count(step.across.count, "reading")) whose text is not held)"
        switch step.change {
        case .first: return "First text held: \(Plural.count(step.alineas.count, "alinéa"))."
        case .inserted: return "The article appears in this reading: \(Plural.count(step.alineas.count, "alinéa"))."
        case .unchanged: return "Unchanged since \(before)\(across)."
        case .typographic: return "Changed in typography only since \(before)\(across)."
        case .changed: return "Changed since \(before)\(across): \(step.stats.map(stats) ?? "")."
        case .carried:
            let from = step.carriedFrom.map { reading(report.reading($0)) } ?? before
            return "Carried over (\(step.status ?? "non modifié")) from \(from): not reprinted, not a change."
        case .deleted:
            return step.status == ArticleStatus.supprime.rawValue
                ? "Article deleted (Supprimé) in this reading." : "The article is no longer in this reading."
        case .absent:
            return step.status == ArticleStatus.supprime.rawValue ? "Still deleted (Supprimé)." : "Not in this reading."
        case .notHeld:
            let info = report.reading(step.reading)
            let what = info.map(coverage) ?? "no copy held"
            return
                "The article's text in this reading is not held (\(what)): navette cannot say what the reading did to it."
        }
    }

    /// The article's numbers through time, each with the reading that first prints it, then the law's
    /// number and where it comes from: `[("7", "Assemblée nationale · …"), ("10", "in the law (as the manifest states)")]`.
    static func numbering(_ article: ArticleReport, in report: Report) -> [(number: String, note: String)] {
        var result: [(number: String, note: String)] = []
        var last: String? = nil
        for step in article.steps {
            guard let label = step.label, label != last else { continue }
            result.append((label, "from " + reading(report.reading(step.reading))))
            last = label
        }
        if let final = article.final {
            result.append(
                (
                    final,
                    "in the law, "
                        + (article.finalBasis == .manifest
                            ? "as the manifest states" : "computed from the last reading")
                ))
        }
        return result
    }

    /// The parts of an amendment's line, in order: who, fate, date, summary (each may be empty).
    static func amendmentParts(_ amendment: AmendmentInfo) -> (
        who: String, fate: String, date: String?, summary: String?
    ) {
        (authors(amendment), fate(amendment), amendment.date, amendment.summary)
    }
}
