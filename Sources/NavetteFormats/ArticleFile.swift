import NavetteCore

/// An article given as plain text: paragraphs separated by blank lines, maybe an `Article N` line.
public struct ArticleFile: Sendable {
    public var label: String?
    public var alineas: [String]

    public static func read(_ path: String, allowEmpty: Bool = false) throws -> ArticleFile {
        let bytes = try DocumentLoader.readBytes(path)
        if allowEmpty, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return ArticleFile(label: nil, alineas: [])
        }
        return parse(try TextDecoding.decode(bytes, file: path, expected: "an article in plain text"))
    }

    public static func parse(_ text: String) -> ArticleFile {
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

extension ArticleFile {
    /// The amendments of a file, for applying: an amendment in an official format (AN XML or page,
    /// Ameli CSV…) gives its dispositif and number; anything else is read as the dispositif in plain
    /// text.
    public static func amendments(path: String) throws -> [AmendmentSequence.Amendment] {
        let bytes = try DocumentLoader.readBytes(path)
        if let file = try? AmendmentLoader.read(bytes: bytes, file: path), file.format != .excerpt,
            !file.amendments.isEmpty, file.amendments.allSatisfy({ !$0.dispositif.isEmpty })
        {
            return file.amendments.map {
                AmendmentSequence.Amendment(name: "\(path) n° \($0.number)", dispositif: $0.dispositif)
            }
        }
        let content = try TextDecoding.decode(bytes, file: path, expected: "an amendment")
        let dispositif = DispositifExtractor.dispositif(in: content)
        guard !DispositifText.paragraphs(dispositif).isEmpty else {
            throw ReadError(
                file: path, "no dispositif found, expected an instruction such as « Supprimer cet article. »")
        }
        return [AmendmentSequence.Amendment(name: path, dispositif: dispositif)]
    }
}
