import Foundation
import NavetteCore

/// One case of the amendment-application dataset: an article before, the amendments adopted on it
/// (named by file, `amendement_CL3`, in the natural order of their names, the order they apply) and
/// the article after.
public struct AmendmentApplicationCase: Sendable {
    public var name: String
    public var before: [String]
    public var after: [String]
    public var amendments: [AmendmentSequence.Amendment]
}

/// The amendment-application dataset (`amendment-application/données` in the corpus), read here and
/// nowhere else: one folder per case holding `article_avant`, `amendement_*` and `article_apres`,
/// UTF-8 text whose alinéas are paragraphs separated by blank lines.
public enum AmendmentApplicationDataset {
    /// The names of the case folders (those holding both articles), sorted.
    /// - Throws: `ReadError` when the directory cannot be listed or holds no case.
    public static func names(in directory: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw ReadError(file: directory, "cannot be listed, expected a directory of cases")
        }
        let cases = names.sorted().filter { name in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + name)) ?? []
            return files.contains("article_avant") && files.contains("article_apres")
        }
        guard !cases.isEmpty else {
            throw ReadError(file: directory, "no case (a folder with article_avant and article_apres)")
        }
        return cases
    }

    /// One case, by folder name.
    public static func read(_ name: String, in directory: String) throws -> AmendmentApplicationCase {
        let folder = directory + "/" + name
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        let amendments = try files.filter { $0.hasPrefix("amendement_") }.sorted(by: AmendmentSequence.naturalOrder).map
        {
            AmendmentSequence.Amendment(name: $0, dispositif: try text(folder + "/" + $0))
        }
        return AmendmentApplicationCase(
            name: name, before: paragraphs(try text(folder + "/article_avant")),
            after: paragraphs(try text(folder + "/article_apres")), amendments: amendments)
    }

    /// The alinéas of a dataset text: paragraphs separated by blank lines, trimmed, empty ones left out.
    public static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    private static func text(_ path: String) throws -> String {
        TextDecoding.decode(try DocumentLoader.readBytes(path), as: .utf8)
    }
}
