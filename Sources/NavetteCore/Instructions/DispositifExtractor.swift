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
        for statement in DispositifSegmenter.statements(paragraphs) {
            let first = statement.source.first ?? ""
            if understood, !InstructionShape.isInstructionParagraph(first) {
                end = statement.start
                break
            }
            if InstructionShape.isInstructionParagraph(first) { understood = true }
        }
        // A text without a single instruction (a vote page, an exposé alone) has no dispositif.
        return understood ? paragraphs[..<end].joined(separator: "\n\n") : ""
    }

    private static let exposeHeading = Pattern(#"^\s*(?:expose sommaire|expose des motifs|objet)\s*:?\s*$"#)
    private static let header = Pattern(
        #"^\s*(?:-\s*)?(?:texte vise|stade de lecture|examine par|fabrication de la liasse|photo de |publie le |aucun commentaire|adopte|rejete|retire|tombe|non soutenu|sort en seance)\b"#
    )
}
