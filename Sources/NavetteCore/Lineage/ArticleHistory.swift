/// One article followed through every reading of a dossier: `7 -> 7 -> 7 bis … -> 10 (final)`.
///
/// There is one step per reading of the dossier, in order, so that step `i` always belongs to
/// `dossier.readings[i]`; readings where the article is not printed have an `absent` step.
public struct ArticleHistory: Sendable, Hashable, Codable {
    /// What a reading says of the article. Raw values are the names other tools read in the JSON.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case none
        case nouveau
        case supprime = "supprimé"
        case nonModifie = "non modifié"
        case conforme
        /// Not printed in this reading (not inserted yet, deleted earlier, or a reading without text).
        case absent
    }

    /// The article as one reading has it, placeholders resolved.
    public struct Step: Sendable, Hashable, Codable {
        public var reading: String
        /// The label as printed in this reading, nil when absent.
        public var label: String?
        public var status: Status
        /// True when the article's whole text is carried over from an earlier reading (`(Non modifié)`,
        /// `Conforme`): it is not a change.
        public var carried: Bool
        /// The text, with placeholders replaced by the earlier text they stand for.
        public var alineas: [Alinea]
        /// The reading whose text was carried into this one (whole article or parts), if any.
        public var carriedFrom: String?
        /// Indexes in `alineas` of the alinéas taken from `carriedFrom` (all of them when `carried`).
        public var carriedAlineas: [Int]

        public init(
            reading: String, label: String?, status: Status, carried: Bool = false, alineas: [Alinea] = [],
            carriedFrom: String? = nil, carriedAlineas: [Int] = []
        ) {
            self.reading = reading
            self.label = label
            self.status = status
            self.carried = carried
            self.alineas = alineas
            self.carriedFrom = carriedFrom
            self.carriedAlineas = carriedAlineas
        }

        /// True when the reading prints the article (even as `(Supprimé)`).
        public var isPresent: Bool { status != .absent }
    }

    /// How one step was tied to the previous one, and how sure that is.
    public struct Link: Sendable, Hashable, Codable {
        public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
            /// Same label as in an earlier reading.
            case label
            /// Same label, and the reading says the article is unchanged (`(Non modifié)`, `Conforme`).
            case placeholder
            /// The source's concordance table gives the same final number (a confirmation, never a cause).
            case concordance
            /// Final numbering: surviving articles numbered consecutively in order.
            case sequence
            /// A different label, but the text clearly moved there (renumbering between readings).
            case similarity
        }

        /// The reading the link comes from.
        public var from: String
        /// The reading it leads to, or `final` for the promulgation numbering.
        public var to: String
        public var how: Method
        /// 0–1; below `DossierLineage.lowConfidence` the link is also listed as a diagnostic.
        public var confidence: Double
        /// Text similarity (0–1) between both ends, when it was measured.
        public var similarity: Double?

        public init(from: String, to: String, how: Method, confidence: Double, similarity: Double? = nil) {
            self.from = from
            self.to = to
            self.how = how
            self.confidence = confidence
            self.similarity = similarity
        }
    }

    /// Stable within the dossier: label and reading of the first appearance, `7@00_1erelecture_senat_depot`.
    public var id: String
    public var steps: [Step]
    /// The label after renumbering at promulgation (`1er`, `27`), nil when the article did not survive.
    public var final: String?
    public var links: [Link]

    public init(id: String, steps: [Step] = [], final: String? = nil, links: [Link] = []) {
        self.id = id
        self.steps = steps
        self.final = final
        self.links = links
    }

    /// The last reading that prints the article.
    public var lastStep: Step? { steps.last { $0.isPresent } }

    /// The step of one reading, by reading id.
    public func step(in reading: String) -> Step? { steps.first { $0.reading == reading } }

    /// The labels the article carried, in order, without repeats: `["7", "7 bis"]`.
    public var labels: [String] {
        var result: [String] = []
        for step in steps {
            if let label = step.label,
                result.last.map({ ArticleNumber(label: $0).key != ArticleNumber(label: label).key }) ?? true
            {
                result.append(label)
            }
        }
        return result
    }
}
