/// Finds the dispositif in the text of an amendment page or file that also carries its header
/// (`Texte visé`, `Photo de…`, `Publié le … par`) and its exposé sommaire.
///
/// The exposé starts at an `Exposé sommaire` or `Objet` line when there is one; otherwise the
/// dispositif ends before the first paragraph that is neither an instruction nor text an instruction
/// announced (the exposé's prose), once some instruction has been read. Without any instruction, the
/// dispositif is empty.
public enum DispositifExtractor {
    public static func dispositif(in text: String) -> String {
        var paragraphs: [String] = []
        for paragraph in DispositifText.paragraphs(text) {
            let key = Folding.key(paragraph)
            if exposeHeading.matches(key) { break }
            if header.matches(key) { continue }
            paragraphs.append(paragraph)
        }
        var end = paragraphs.count
        var understood = false
        var interpreter = StatementInterpreter()
        for statement in DispositifSegmenter.statements(paragraphs) {
            let instruction =
                InstructionShape.isInstructionParagraph(statement.source.first ?? "")
                || interpreter.edits(for: statement).contains { !$0.isUnparsed }
            if understood, !instruction, isProse(statement.source.first ?? "") {
                end = statement.start
                break
            }
            understood = understood || instruction
        }
        // A text without a single instruction (a vote page, an exposé alone) has no dispositif.
        return understood ? paragraphs[..<end].joined(separator: "\n\n") : ""
    }

    /// A paragraph of explanation: long, not quoted, not numbered like a division of the bill.
    private static func isProse(_ paragraph: String) -> Bool {
        let (prefix, rest) = PartPrefix.split(paragraph)
        guard prefix == nil, rest.count >= 80, let first = rest.first, first.isLetter, first.isUppercase else {
            return false
        }
        return !InstructionShape.isHeader(rest)
    }

    private static let exposeHeading = Pattern(#"^\s*(?:expose sommaire|expose des motifs|objet)\s*:?\s*$"#)
    private static let header = Pattern(
        #"^\s*(?:-\s*)?(?:texte vise|stade de lecture|examine par|fabrication de la liasse|photo de |publie le |aucun commentaire|adopte|rejete|retire|tombe|non soutenu|sort en seance)\b"#
    )
}
