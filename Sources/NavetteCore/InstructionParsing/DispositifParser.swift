/// The edits read from one dispositif.
public struct Dispositif: Sendable, Hashable, Codable {
    public var edits: [Edit]
    /// The amendment a sub-amendment amends (`78 rectifié`), when the dispositif says so.
    public var parent: String?

    public init(edits: [Edit], parent: String? = nil) {
        self.edits = edits
        self.parent = parent
    }

    /// True when every part of the dispositif was understood (and there was something to understand).
    public var isUnderstood: Bool { !edits.isEmpty && !edits.contains(where: \.isUnparsed) }

    /// The parts that were not understood, verbatim.
    public var unparsed: [String] {
        edits.compactMap { edit in
            if case .unparsed(let text) = edit.operation { return text }
            return nil
        }
    }
}

/// Reads a dispositif (plain text, HTML or markdown residue allowed) into edits.
///
/// Nothing is dropped: a sentence that is not understood becomes an edit of kind `.unparsed` with its
/// words, so that callers can count and show it.
public enum DispositifParser {
    public static func parse(_ text: String) -> Dispositif {
        let paragraphs = DispositifText.paragraphs(text)
        var interpreter = StatementInterpreter()
        var edits: [Edit] = []
        for statement in DispositifSegmenter.statements(paragraphs) {
            edits += interpreter.edits(for: statement)
        }
        let parent = edits.lazy.compactMap(\.target.amendment).first
        return Dispositif(edits: edits, parent: parent)
    }
}
