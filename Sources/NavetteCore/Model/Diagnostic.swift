/// A recoverable oddity met while reading or analysing a document: an unnumbered alinéa, a page cut
/// short, an amendment whose target is unclear. Carried with the result instead of being thrown.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case note
        case warning
    }

    public var severity: Severity
    public var message: String
    /// The file, URL or reading the diagnostic is about, when known.
    public var source: String?
    /// The article label it concerns, when it concerns one.
    public var article: String?

    public init(_ severity: Severity, _ message: String, source: String? = nil, article: String? = nil) {
        self.severity = severity
        self.message = message
        self.source = source
        self.article = article
    }

    public var description: String {
        var parts: [String] = []
        if let source { parts.append(source) }
        if let article { parts.append("article \(article)") }
        parts.append("\(severity.rawValue): \(message)")
        return parts.joined(separator: ": ")
    }
}
