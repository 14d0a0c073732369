import Foundation
import NavetteCore
import Yams

/// Reads a motion: as published (text: a vœu, a letter) or written by hand in YAML.
///
/// YAML form: `body`, `date` (YYYY-MM-DD), `authors`, `title`, `outcome` (adopté | rejeté | retiré |
/// unknown), `considerants` (list) and `demands` (list of `{kind, text, addressee, askedOf, article}`,
/// kind one of the `Demand.Kind` values; omitted, it is inferred from the text).
public enum MotionReader {
    public static func read(path: String) throws -> Motion {
        try read(bytes: try DocumentLoader.readBytes(path), file: path)
    }

    /// Reads a motion already in memory; `file` names it in errors.
    public static func read(bytes: [UInt8], file: String) throws -> Motion {
        let text = try TextDecoding.decode(bytes, file: file, expected: "a motion (text or YAML)")
        if looksLikeYAML(text) { return try readYAML(text, file: file) }
        let motion = MotionParser.parse(text, source: file)
        guard !motion.considerants.isEmpty || !motion.demands.isEmpty else {
            throw ReadError(
                file: file,
                "no 'Considérant' paragraph and no demand found, expected a motion (vœu, letter) or a YAML motion")
        }
        return motion
    }

    static func looksLikeYAML(_ text: String) -> Bool {
        let first = text.split(whereSeparator: \.isNewline).first {
            !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace)
        }
        guard let first else { return false }
        return ["body:", "title:", "date:", "demands:", "outcome:", "authors:", "considerants:"].contains {
            first.hasPrefix($0)
        }
    }

    static func readYAML(_ text: String, file: String) throws -> Motion {
        try YAMLAnchors.refuse(in: text, file: file, what: "a motion")
        let node: Node
        do {
            guard let root = try Yams.compose(yaml: text) else { throw ReadError(file: file, "empty motion") }
            node = root
        } catch let error as YamlError {
            throw ReadError(
                file: file, "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        let fields = try YAMLFields(
            node, file: file, context: "the motion",
            allowed: ["body", "date", "authors", "title", "outcome", "considerants", "demands", "source"])
        let outcomes: [String: Motion.Outcome] = [
            "adopté": .adopte, "rejeté": .rejete, "retiré": .retire, "unknown": .unknown,
        ]
        var motion = Motion(
            body: try fields.string("body"), date: try fields.date("date"), authors: try fields.strings("authors"),
            title: try fields.string("title"), outcome: try fields.choice("outcome", outcomes) ?? .unknown,
            considerants: try fields.strings("considerants"), source: try fields.string("source") ?? file)
        let kinds = Dictionary(uniqueKeysWithValues: Demand.Kind.allCases.map { ($0.rawValue, $0) })
        motion.demands = try fields.list("demands").map { item in
            let demand = try YAMLFields(
                item, file: file, context: "a demand", allowed: ["kind", "text", "addressee", "askedOf", "article"])
            let text = try demand.required("text")
            var parsed = MotionParser.demand(text)
            parsed.kind = try demand.choice("kind", kinds) ?? parsed.kind
            parsed.addressee = try demand.string("addressee") ?? parsed.addressee
            parsed.askedOf = try demand.string("askedOf") ?? parsed.askedOf
            parsed.article = try demand.string("article") ?? parsed.article
            return parsed
        }
        motion.citedFeatures = motion.considerants.flatMap(MotionParser.features)
        for index in motion.demands.indices where motion.demands[index].article != nil {
            motion.demands[index].citedFeatures += motion.citedFeatures
        }
        return motion
    }
}
