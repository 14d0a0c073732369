import NavetteCore
import NavetteReport

/// Renders comparisons in the chosen format.
public enum DiffOutput {
    /// The JSON document: `{"comparisons": [ReadingComparison…]}`; see `ReadingComparison`,
    /// `ArticleDiff` and `Comparison` for the fields (`alineas[].kind/old/new/ops[].op/text`, `stats`).
    public struct Document: Encodable {
        public var comparisons: [ReadingComparison]
    }

    public static func render(_ comparisons: [ReadingComparison], format: OutputFormat, full: Bool, colour: Bool) throws
        -> String
    {
        switch format {
        case .json:
            return try JSONOutput.encode(Document(comparisons: comparisons))
        case .text:
            var writer = TextDiffWriter(colour: colour)
            DiffWalker.walk(comparisons, full: full, into: &writer)
            return writer.output
        case .markdown:
            var writer = MarkdownDiffWriter()
            DiffWalker.walk(comparisons, full: full, into: &writer)
            return writer.output
        case .html:
            var writer = HTMLDiffWriter()
            DiffWalker.walk(comparisons, full: full, into: &writer)
            return writer.output
        }
    }
}
