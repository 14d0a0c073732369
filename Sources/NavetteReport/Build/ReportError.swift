/// NavetteReport's one error: a report cannot be made as asked.
public enum ReportError: Error, CustomStringConvertible, Sendable, Hashable {
    /// An article asked for (`--article`) that no reading of the dossier has.
    case noArticle(label: String, dossier: String)
    /// A file or directory of the report that cannot be written; nothing was replaced.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .noArticle(let label, let dossier): "no article '\(label)' in any reading of dossier \(dossier)"
        case .cannotWrite(let path, let reason): "\(path): \(reason)"
        }
    }
}
