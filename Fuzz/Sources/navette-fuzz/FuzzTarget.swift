import NavetteCore
import NavetteFormats

/// What one fuzz run drives: a reader (bytes in, a reading or an error out), the instruction parser,
/// apply or the comparison engine. A reader may throw `ReadError` (bad input is expected); anything
/// else (a trap, a hang past libFuzzer's -timeout, memory past -rss_limit_mb) is a finding.
enum FuzzTarget: String, CaseIterable {
    // Bill texts, each reader forced (detection is fuzzed by `detect`).
    case html, legi, akn, lafabrique, text
    // Amendment formats, one per reader.
    case anXML = "an-xml"
    case anDiscussion = "an-discussion-xml"
    case anOpenData = "an-opendata-xml"
    case anJSON = "an-json"
    case anHTML = "an-html"
    case aknAmendment = "akn-amendment"
    case ameliCSV = "ameli-csv"
    case senatDiscussion = "senat-discussion-json"
    case lafabriqueAmendments = "lafabrique-amendments"
    case amendmentExcerpt = "amendment-excerpt"
    // Format detection and dispatch, as `navette show` and `navette amendments` do.
    case detect
    case manifest, motion
    /// The dispositif extractor and instruction parser on an amendment's text.
    case dispositif
    /// An article (before the first NUL byte) and a dispositif (after it) through `AmendmentSequence`.
    case apply
    /// Two texts (split at the first NUL byte, else at the middle line) compared alinéa by alinéa.
    case diff

    static let file = "fuzz-input"

    func run(_ bytes: [UInt8]) {
        switch self {
        case .html: read(.html, bytes)
        case .legi: read(.legi, bytes)
        case .akn: read(.akomaNtoso, bytes)
        case .lafabrique: read(.lafabrique, bytes)
        case .text: read(.text, bytes)
        case .anXML: amendments(.anXML, bytes)
        case .anDiscussion: amendments(.anDiscussionList, bytes)
        case .anOpenData: amendments(.anOpenData, bytes)
        case .anJSON: amendments(.anJSON, bytes)
        case .anHTML: amendments(.anHTML, bytes)
        case .aknAmendment: amendments(.akomaNtoso, bytes)
        case .ameliCSV: amendments(.ameliCSV, bytes)
        case .senatDiscussion: amendments(.senatDiscussionJSON, bytes)
        case .lafabriqueAmendments: amendments(.laFabrique, bytes)
        case .amendmentExcerpt: amendments(.excerpt, bytes)
        case .detect:
            _ = try? DocumentLoader.readReading(bytes: bytes, file: Self.file)
            _ = try? AmendmentLoader.read(bytes: bytes, file: Self.file)
        case .manifest: _ = try? ManifestReader.read(bytes, file: Self.file)
        case .motion: _ = try? MotionReader.read(bytes: bytes, file: Self.file)
        case .dispositif:
            let text = String(decoding: bytes, as: UTF8.self)
            _ = DispositifParser.parse(DispositifExtractor.dispositif(in: text))
        case .apply:
            let (article, dispositif) = Self.split(bytes)
            let amendment = AmendmentSequence.Amendment(name: "fuzz", dispositif: dispositif)
            _ = AmendmentSequence.apply([amendment], to: ArticleFile.parse(article).alineas)
        case .diff:
            let (old, new) = Self.split(bytes)
            _ = Comparer.compare(old: Self.alineas(old), new: Self.alineas(new))
        }
    }

    private func read(_ format: DocumentFormat, _ bytes: [UInt8]) {
        _ = try? DocumentLoader.readReading(bytes: bytes, file: Self.file, format: format)
    }

    private func amendments(_ format: AmendmentFormat, _ bytes: [UInt8]) {
        _ = try? AmendmentLoader.read(bytes: bytes, file: Self.file, format: format)
    }

    /// Two texts from one input: before and after the first NUL byte, or else the halves at the line
    /// nearest the middle.
    static func split(_ bytes: [UInt8]) -> (String, String) {
        let cut = bytes.firstIndex(of: 0) ?? (bytes[(bytes.count / 2)...].firstIndex(of: 0x0A) ?? bytes.count)
        let rest = cut < bytes.count && bytes[cut] == 0 ? cut + 1 : cut
        return (String(decoding: bytes[..<cut], as: UTF8.self), String(decoding: bytes[rest...], as: UTF8.self))
    }

    static func alineas(_ text: String) -> [Alinea] {
        text.split(separator: "\n").map { Alinea(String($0)) }
    }
}
