import NavetteCore

/// Writes a manifest as YAML that `ManifestReader` reads back to the same values: the layout of the
/// hand-written manifests (one field a line for readings, one flow mapping a line for facts and
/// amendments), every text value quoted when plain YAML could read it otherwise.
public enum ManifestWriter {
    /// The YAML text; `header` (comment lines, `#` included) goes first.
    public static func yaml(_ manifest: Manifest, header: [String] = []) -> String {
        var lines = header
        lines.append("id: \(scalar(manifest.id))")
        lines.append("title: \(scalar(manifest.title))")
        if let nor = manifest.nor { lines.append("nor: \(scalar(nor))") }
        if !manifest.urls.isEmpty {
            lines.append("urls:")
            for key in manifest.urls.keys.sorted() { lines.append("  \(scalar(key)): \(scalar(manifest.urls[key]!))") }
        }
        lines.append("")
        lines.append("readings:")
        for reading in manifest.readings { lines += self.reading(reading) }
        if !manifest.articles.isEmpty {
            lines.append("")
            lines.append("articles:")
            for article in manifest.articles { lines += self.article(article) }
        }
        if !manifest.amendments.isEmpty {
            lines.append("")
            lines.append("amendments:")
            for amendment in manifest.amendments { lines.append("  - " + flow(amendmentPairs(amendment))) }
        }
        if !manifest.decisions.isEmpty {
            lines.append("")
            lines.append("decisions:")
            for decision in manifest.decisions { lines += self.decision(decision) }
        }
        if !manifest.motions.isEmpty {
            lines.append("")
            lines.append("motions:")
            for motion in manifest.motions { lines.append("  - \(scalar(motion))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func reading(_ reading: ManifestReading) -> [String] {
        var pairs: [(String, String)] = [("id", scalar(reading.id)), ("chamber", scalar(reading.chamber.manifestName))]
        pairs.append(("stage", scalar(reading.stage)))
        for (key, value) in [
            ("step", reading.step), ("date", reading.date), ("number", reading.number), ("url", reading.url),
        ] {
            if let value { pairs.append((key, scalar(value))) }
        }
        if let origin = reading.origin { pairs.append(("origin", origin.rawValue)) }
        if let copy = reading.copy { pairs.append(("copy", scalar(copy))) }
        if reading.completeness != (reading.copy == nil ? .none : .full) {
            pairs.append(("completeness", reading.completeness.rawValue))
        }
        if !reading.holds.isEmpty || reading.completeness == .excerpt { pairs.append(("holds", list(reading.holds))) }
        if let note = reading.note { pairs.append(("note", scalar(note))) }
        var lines = pairs.enumerated().map { index, pair in (index == 0 ? "  - " : "    ") + "\(pair.0): \(pair.1)" }
        if !reading.amendmentLists.isEmpty {
            lines.append("    amendment-lists:")
            for address in reading.amendmentLists {
                var fields = [("url", scalar(address.url, flow: true)), ("format", address.format.rawValue)]
                if let origin = address.origin { fields.append(("origin", origin.rawValue)) }
                if let within = address.within { fields.append(("within", scalar(within, flow: true))) }
                lines.append("      - " + flow(fields))
            }
        }
        return lines
    }

    private static func article(_ article: FollowedArticle) -> [String] {
        var lines = ["  - label: \(quoted(article.label))"]
        if let final = article.final { lines.append("    final: \(quoted(final))") }
        if let subject = article.subject { lines.append("    subject: \(scalar(subject))") }
        if !article.facts.isEmpty {
            lines.append("    facts:")
            for fact in article.facts {
                var pairs = [
                    ("reading", scalar(fact.reading, flow: true)), ("feature", scalar(fact.feature, flow: true)),
                    ("value", scalar(fact.value, flow: true)),
                ]
                if let evidence = fact.evidence { pairs.append(("evidence", quoted(evidence))) }
                lines.append("      - " + flow(pairs))
            }
        }
        return lines
    }

    private static func amendmentPairs(_ amendment: AmendmentFact) -> [(String, String)] {
        var pairs = [
            ("number", scalar(amendment.number, flow: true)), ("reading", scalar(amendment.reading, flow: true)),
        ]
        if let article = amendment.article { pairs.append(("article", quoted(article))) }
        if let alinea = amendment.alinea { pairs.append(("alinea", String(alinea))) }
        if !amendment.authors.isEmpty { pairs.append(("authors", list(amendment.authors))) }
        if let group = amendment.group { pairs.append(("group", scalar(group, flow: true))) }
        pairs.append(("fate", scalar(amendment.fate, flow: true)))
        for (key, value) in [
            ("date", amendment.date), ("url", amendment.url), ("copy", amendment.copy), ("summary", amendment.summary),
        ] {
            if let value { pairs.append((key, key == "date" ? value : quoted(value))) }
        }
        if !amendment.identical.isEmpty { pairs.append(("identical", list(amendment.identical))) }
        return pairs
    }

    private static func decision(_ decision: DecisionFact) -> [String] {
        var lines = ["  - id: \(quoted(decision.id))"]
        for (key, value) in [("date", decision.date), ("url", decision.url), ("copy", decision.copy)] {
            if let value { lines.append("    \(key): \(scalar(value))") }
        }
        if !decision.articles.isEmpty {
            let pairs = decision.articles.keys.sorted().map { (quoted($0), scalar(decision.articles[$0]!, flow: true)) }
            lines.append("    articles: " + flow(pairs))
        }
        if let summary = decision.summary { lines.append("    summary: \(scalar(summary))") }
        return lines
    }

    private static func flow(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map { quoted($0) }.joined(separator: ", ") + "]"
    }

    /// A text value written plain when YAML reads it back as the same text, double-quoted otherwise.
    static func scalar(_ text: String, flow: Bool = false) -> String {
        isPlain(text, flow: flow) ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    out +=
                        "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    private static func isPlain(_ text: String, flow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@` ".unicodeScalars.contains(first) || last == " " || last == ":" { return false }
        if text.contains(": ") || text.contains(" #") || reserved.contains(text.lowercased()) { return false }
        if Double(text) != nil || text.hasPrefix("0") && text.allSatisfy(\.isNumber) { return false }
        if flow, text.contains(where: { ",[]{}".contains($0) }) { return false }
        return !text.unicodeScalars.contains {
            $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) || $0 == "\u{FEFF}"
        }
    }
}

extension Chamber {
    /// The chamber as a manifest writes it (`senat`, `conseil constitutionnel`…).
    public var manifestName: String { self == .unknown ? "other" : rawValue }
}
