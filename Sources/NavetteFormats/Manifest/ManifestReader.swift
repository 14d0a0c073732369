import Foundation
import NavetteCore
import Yams

/// Reads a dossier manifest (YAML, documented in the README) and checks it: every problem is a
/// `ReadError` naming the file and the line.
public enum ManifestReader {
    /// Reads `path`: a manifest file, or a directory holding `manifest.yaml`.
    public static func read(path: String) throws -> Manifest {
        var file = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            file = (path as NSString).appendingPathComponent("manifest.yaml")
        }
        let bytes = try DocumentLoader.readBytes(file)
        return try read(bytes, file: file)
    }

    public static func read(_ bytes: [UInt8], file: String) throws -> Manifest {
        let text = try TextDecoding.decode(bytes, file: file, expected: "a YAML manifest")
        try YAMLAnchors.refuse(in: text, file: file, what: "a manifest")
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ReadError(file: file, "empty manifest, expected a YAML mapping with 'id', 'title' and 'readings'")
            }
            root = node
        } catch let error as YamlError {
            throw ReadError(file: file, "not valid YAML: \(oneLine(error))")
        }
        let fields = try YAMLFields(
            root, file: file, context: "the manifest",
            allowed: ["id", "title", "nor", "urls", "readings", "articles", "amendments", "decisions", "motions"])
        var manifest = Manifest(id: try fields.required("id"), title: try fields.required("title"), file: file)
        manifest.nor = try fields.string("nor")
        manifest.urls = try fields.stringMap("urls")
        manifest.readings = try fields.list("readings").map { try reading($0, file: file) }
        guard !manifest.readings.isEmpty else {
            throw ReadError(file: "\(file):\(fields.line)", "the manifest needs at least one entry in 'readings'")
        }
        manifest.articles = try fields.list("articles").map { try article($0, file: file) }
        manifest.amendments = try fields.list("amendments").map { try amendment($0, file: file) }
        manifest.decisions = try fields.list("decisions").map { try decision($0, file: file) }
        manifest.motions = try fields.strings("motions")
        manifest.motionLines = fields.lines("motions")
        try checkReferences(manifest)
        return manifest
    }

    /// Checks that every copy and motion named by the manifest is a regular file inside `mirror`.
    /// - Throws: `ReadError` naming the manifest file, the line and the path (missing, leaving the
    ///   mirror, or not a regular file).
    public static func checkCopies(_ manifest: Manifest, mirror: String) throws {
        func check(_ copy: String?, line: Int, what: String = "copy") throws {
            guard let copy else { return }
            _ = try MirrorPath.resolve(copy, under: mirror, file: "\(manifest.file):\(line)", what: what)
        }
        for reading in manifest.readings { try check(reading.copy, line: reading.line) }
        for amendment in manifest.amendments { try check(amendment.copy, line: amendment.line) }
        for decision in manifest.decisions { try check(decision.copy, line: decision.line) }
        for (index, motion) in manifest.motions.enumerated() {
            let line = index < manifest.motionLines.count ? manifest.motionLines[index] : 0
            try check(motion, line: line, what: "motion")
        }
    }

    private static let chambers: [String: Chamber] = [
        "senat": .senat, "assemblee": .assemblee, "cmp": .cmp, "gouvernement": .gouvernement,
        "conseil constitutionnel": .conseilConstitutionnel, "other": .other,
    ]

    private static func reading(_ node: Node, file: String) throws -> ManifestReading {
        let fields = try YAMLFields(
            node, file: file, context: "a reading",
            allowed: [
                "id", "chamber", "stage", "step", "date", "number", "url", "copy", "completeness", "holds", "note",
                "origin",
                "amendment-lists",
            ])
        var reading = ManifestReading(
            id: try fields.required("id"), chamber: try fields.choice("chamber", chambers) ?? .unknown,
            stage: try fields.required("stage"), line: fields.line)
        reading.step = try fields.string("step")
        reading.date = try fields.date("date")
        reading.number = try fields.string("number")
        reading.url = try fields.string("url")
        reading.copy = try fields.string("copy")
        let completeness = Dictionary(
            uniqueKeysWithValues: ManifestReading.Completeness.allCases.map { ($0.rawValue, $0) })
        reading.completeness = try fields.choice("completeness", completeness) ?? (reading.copy == nil ? .none : .full)
        reading.holds = try fields.strings("holds")
        reading.note = try fields.string("note")
        reading.origin = try fields.choice("origin", origins)
        reading.amendmentLists = try fields.list("amendment-lists").map { try amendmentList($0, file: file) }
        if reading.copy == nil, reading.completeness != .none {
            throw ReadError(
                file: "\(file):\(fields.line)",
                "reading '\(reading.id)' says '\(reading.completeness.rawValue)' but names no 'copy'")
        }
        return reading
    }

    private static let origins = Dictionary(uniqueKeysWithValues: AddressOrigin.allCases.map { ($0.rawValue, $0) })

    private static func amendmentList(_ node: Node, file: String) throws -> AmendmentListAddress {
        let fields = try YAMLFields(
            node, file: file, context: "an amendment list", allowed: ["url", "format", "origin", "within"])
        let formats = Dictionary(uniqueKeysWithValues: AmendmentListAddress.Format.allCases.map { ($0.rawValue, $0) })
        guard let format = try fields.choice("format", formats) else {
            throw ReadError(file: "\(file):\(fields.line)", "an amendment list needs a 'format' field")
        }
        return AmendmentListAddress(
            url: try fields.required("url"), format: format, origin: try fields.choice("origin", origins),
            within: try fields.string("within"), line: fields.line)
    }

    private static func article(_ node: Node, file: String) throws -> FollowedArticle {
        let fields = try YAMLFields(
            node, file: file, context: "an article", allowed: ["label", "final", "subject", "facts"])
        var article = FollowedArticle(label: try fields.required("label"), line: fields.line)
        article.final = try fields.string("final")
        article.subject = try fields.string("subject")
        article.facts = try fields.list("facts").map { item in
            let fact = try YAMLFields(
                item, file: file, context: "a fact", allowed: ["reading", "feature", "value", "evidence"])
            return ArticleFact(
                reading: try fact.required("reading"), feature: try fact.required("feature"),
                value: try fact.required("value"),
                evidence: try fact.string("evidence"), line: fact.line)
        }
        return article
    }

    private static func amendment(_ node: Node, file: String) throws -> AmendmentFact {
        let fields = try YAMLFields(
            node, file: file, context: "an amendment",
            allowed: [
                "number", "reading", "article", "alinea", "authors", "group", "fate", "date", "url", "copy", "summary",
                "identical",
            ])
        var amendment = AmendmentFact(
            number: try fields.required("number"), reading: try fields.required("reading"), line: fields.line)
        amendment.article = try fields.string("article")
        amendment.alinea = try fields.integer("alinea")
        amendment.authors = try fields.strings("authors")
        amendment.group = try fields.string("group")
        let fates = ["adopté", "rejeté", "retiré", "tombé", "non soutenu", "irrecevable", "non examiné", "unknown"]
        amendment.fate =
            try fields.choice("fate", Dictionary(uniqueKeysWithValues: fates.map { ($0, $0) })) ?? "unknown"
        amendment.date = try fields.date("date")
        amendment.url = try fields.string("url")
        amendment.copy = try fields.string("copy")
        amendment.summary = try fields.string("summary")
        amendment.identical = try fields.strings("identical")
        return amendment
    }

    private static func decision(_ node: Node, file: String) throws -> DecisionFact {
        let fields = try YAMLFields(
            node, file: file, context: "a decision", allowed: ["id", "date", "url", "copy", "articles", "summary"])
        return DecisionFact(
            id: try fields.required("id"), date: try fields.date("date"), url: try fields.string("url"),
            copy: try fields.string("copy"), articles: try fields.stringMap("articles"),
            summary: try fields.string("summary"),
            line: fields.line)
    }

    /// Every reading id named by a fact or an amendment must exist; ids must be unique.
    private static func checkReferences(_ manifest: Manifest) throws {
        var seen: Set<String> = []
        for reading in manifest.readings {
            guard seen.insert(reading.id).inserted else {
                throw ReadError(file: "\(manifest.file):\(reading.line)", "reading id '\(reading.id)' is used twice")
            }
        }
        let known = manifest.readings.map(\.id).joined(separator: ", ")
        for fact in manifest.articles.flatMap(\.facts) where !seen.contains(fact.reading) {
            throw ReadError(
                file: "\(manifest.file):\(fact.line)",
                "fact names reading '\(fact.reading)', which is not in 'readings' (\(known))")
        }
        for amendment in manifest.amendments where !seen.contains(amendment.reading) {
            throw ReadError(
                file: "\(manifest.file):\(amendment.line)",
                "amendment \(amendment.number) names reading '\(amendment.reading)', which is not in 'readings' (\(known))"
            )
        }
    }

    private static func oneLine(_ error: YamlError) -> String {
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "syntax error"
    }
}
