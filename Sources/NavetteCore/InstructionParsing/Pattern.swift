/// A compiled regular expression with the few calls the instruction parser needs.
///
/// Patterns are written for `Folding.key` text (lowercase, no accents, `'` and `"`), where the
/// dispositif's wording is matched; designations such as `II` are read on the folded text instead.
/// Word boundaries are the simple ones: with Unicode's default, `l'alinea` would be a single word.
struct Pattern: @unchecked Sendable {
    private let regex: Regex<AnyRegexOutput>

    init(_ source: String) {
        do {
            regex = try Regex(source).wordBoundaryKind(.simple)
        } catch {
            preconditionFailure("invalid pattern \(source): \(error)")
        }
    }

    /// The captures of the first match (index 0: the whole match), nil when nothing matches.
    func firstMatch(in text: String) -> [String?]? {
        guard let match = text.firstMatch(of: regex) else { return nil }
        return match.output.map { $0.substring.map(String.init) }
    }

    /// The captures of every match, in order.
    func allMatches(in text: String) -> [[String?]] {
        text.matches(of: regex).map { match in match.output.map { $0.substring.map(String.init) } }
    }

    func matches(_ text: String) -> Bool { text.firstMatch(of: regex) != nil }

    /// `text` with each match replaced by what `transform` makes of its captures.
    func replacing(in text: String, with transform: ([String?]) -> String) -> String {
        text.replacing(regex) { match in transform(match.output.map { $0.substring.map(String.init) }) }
    }

    /// The pieces of `text` between matches.
    func split(_ text: String) -> [String] {
        text.split(separator: regex, omittingEmptySubsequences: false).map(String.init)
    }
}
