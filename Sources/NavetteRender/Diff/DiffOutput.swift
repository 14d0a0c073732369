import NavetteCore
import NavetteReport

/// Renders comparisons in the chosen format.
public enum DiffOutput {
    /// The JSON document: `{"comparisons": [ReadingComparison…]}`; see `ReadingComparison`,
    /// `ArticleDiff` and `Comparison` for the fields (`alineas[].kind/old/new/ops[].op/text`, `stats`).
    /// Written by `DiffJSON`, byte for byte as `JSONOutput` encodes this.
    public struct Document: Encodable {
        public var comparisons: [ReadingComparison]
    }

    /// `typography`: mark differences of typography only; otherwise the human formats render
    /// `foldingTypography()` (JSON keeps every difference).
    public static func render(
        _ comparisons: [ReadingComparison], format: OutputFormat, full: Bool, colour: Bool, typography: Bool = false
    ) throws -> String {
        let shown = typography || format == .json ? comparisons : comparisons.map { $0.foldingTypography() }
        switch format {
        case .json:
            return DiffJSON.document(shown)
        case .text:
            var writer = TextDiffWriter(colour: colour)
            DiffWalker.walk(shown, full: full, into: &writer)
            return writer.output
        case .markdown:
            var writer = MarkdownDiffWriter()
            DiffWalker.walk(shown, full: full, into: &writer)
            return writer.output
        case .html:
            var writer = HTMLDiffWriter()
            DiffWalker.walk(shown, full: full, into: &writer)
            return writer.output
        }
    }
}
