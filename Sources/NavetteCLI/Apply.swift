import ArgumentParser
import NavetteCore
import NavetteReport
import NavetteFormats

/// `navette apply`: an article after its amendments.
struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply amendments to an article and print the article as amended.",
        discussion: """
            The article file is plain text, one alinéa per paragraph (paragraphs separated by blank \
            lines), with an optional first line "Article N". Each amendment file holds a dispositif \
            ("À l'alinéa 3, substituer aux mots : « x » les mots : « y ».", "Supprimer cet article."); \
            a header and an exposé sommaire around it are left out. Amendments apply in the order \
            given; alinéa numbers refer to the article as given, as in parliament.

            Examples:
              navette apply --article article_avant --amendment amendement_CL3 --amendment amendement_CL4
              navette apply --article article.txt --amendment ../shared/corpus/amendments/an/assemblee-nationale-0939-AN-406.txt --format json
            """
    )

    @Option(name: .long, help: "The article: plain text, one alinéa per paragraph.")
    var article: String

    @Option(name: .long, parsing: .upToNextOption, help: "Amendment file(s), applied in order.")
    var amendment: [String]

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard !amendment.isEmpty else { throw ValidationError("give at least one --amendment file") }
        guard format == .text || format == .json else { throw ValidationError("--format must be text or json") }
    }

    func run() throws {
        let text = try ArticleFile.read(article)
        let amendments = try amendment.flatMap { path -> [AmendmentSequence.Amendment] in
            // An amendment in an official format (AN XML or page, Ameli CSV…) gives its dispositif
            // and number; anything else is read as the dispositif in plain text.
            let bytes = try DocumentLoader.readBytes(path)
            if let file = try? AmendmentLoader.read(bytes: bytes, file: path), file.format != .excerpt,
                !file.amendments.isEmpty, file.amendments.allSatisfy({ !$0.dispositif.isEmpty })
            {
                return file.amendments.map { AmendmentSequence.Amendment(name: "\(path) n° \($0.number)", dispositif: $0.dispositif) }
            }
            let content = try TextDecoding.decode(bytes, file: path, expected: "an amendment")
            let dispositif = DispositifExtractor.dispositif(in: content)
            guard !DispositifText.paragraphs(dispositif).isEmpty else {
                throw ReadError(file: path, "no dispositif found, expected an instruction such as « Supprimer cet article. »")
            }
            return [AmendmentSequence.Amendment(name: path, dispositif: dispositif)]
        }
        let outcome = AmendmentSequence.apply(amendments, to: text.alineas)
        var output = StandardOutput()
        switch format {
        case .json:
            output.write(try JSONOutput.encode(ApplyReport(label: text.label, outcome: outcome)))
        default:
            if let label = text.label { output.write("Article \(label)\n\n") }
            output.write(outcome.alineas.joined(separator: "\n\n"))
            output.write(outcome.alineas.isEmpty ? "(Supprimé)\n" : "\n")
            // What did not apply is said on stderr, one line per edit, so that the text stays clean.
            for applied in outcome.amendments {
                for result in applied.results where !result.isApplied {
                    let detail = result.detail.map { " (\($0))" } ?? ""
                    let instruction = result.edit.instruction.split(separator: "\n").joined(separator: " ")
                    StandardError.write("navette: warning: \(applied.name): \(ApplyReport.describe(result.outcome))\(detail): \(instruction)\n")
                }
            }
        }
    }
}

/// An article given as plain text: paragraphs separated by blank lines, maybe an `Article N` line.
struct ArticleFile {
    var label: String?
    var alineas: [String]

    static func read(_ path: String, allowEmpty: Bool = false) throws -> ArticleFile {
        let bytes = try DocumentLoader.readBytes(path)
        if allowEmpty, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return ArticleFile(label: nil, alineas: [])
        }
        return parse(try TextDecoding.decode(bytes, file: path, expected: "an article in plain text"))
    }

    static func parse(_ text: String) -> ArticleFile {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { (String($0)).trimmingSpaces() }
        let content = lines.drop(while: \.isEmpty).reversed().drop(while: \.isEmpty)
        // Without any blank line between paragraphs, each line is an alinéa.
        let hasBlankLine = content.contains(where: \.isEmpty)
        var blocks: [String] = []
        var current: [String] = []
        for trimmed in lines {
            if trimmed.isEmpty || !hasBlankLine {
                if !trimmed.isEmpty { current.append(trimmed) }
                if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
        var label: String?
        if let first = blocks.first, let match = first.wholeMatch(of: /(?i)article\s+(.{1,30})/) {
            label = String(match.1)
            blocks.removeFirst()
        }
        return ArticleFile(label: label, alineas: blocks)
    }
}

/// The json form of `navette apply`.
struct ApplyReport: Encodable {
    struct AmendmentReport: Encodable {
        var file: String
        var understood: Bool
        /// For a sub-amendment: the amendment it changed.
        var appliedTo: String?
        /// For an amendment identical to an earlier one: that one (its edits are not applied twice).
        var identicalTo: String?
        var edits: [EditReport]
    }

    struct EditReport: Encodable {
        var instruction: String
        var target: EditTarget
        var operation: EditOperation
        var applied: Bool
        var outcome: String
        var detail: String?
    }

    var article: String?
    var alineas: [String]
    var amendments: [AmendmentReport]

    init(label: String?, outcome: AmendmentSequence.Outcome) {
        article = label
        alineas = outcome.alineas
        amendments = outcome.amendments.map { applied in
            AmendmentReport(
                file: applied.name, understood: applied.dispositif.isUnderstood, appliedTo: applied.appliedTo,
                identicalTo: applied.identicalTo,
                edits: applied.results.map { result in
                    EditReport(
                        instruction: result.edit.instruction, target: result.edit.target, operation: result.edit.operation,
                        applied: result.isApplied, outcome: Self.describe(result.outcome), detail: result.detail)
                })
        }
    }

    static func describe(_ outcome: EditResult.Outcome) -> String {
        switch outcome {
        case .applied: return "applied"
        case .ambiguous(let count): return "applied (ambiguous: \(count) occurrences)"
        case .failed(let failure): return failure.rawValue
        }
    }
}
