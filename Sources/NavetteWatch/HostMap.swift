import Foundation

/// Sends the requests for an official host to another base address, for tests and local mirrors:
/// `https://www.senat.fr=http://127.0.0.1:8080` turns `https://www.senat.fr/leg/pjl22-220.html` into
/// `http://127.0.0.1:8080/leg/pjl22-220.html`. A rule written with a bare host (`www.senat.fr=…`)
/// matches both schemes.
public struct HostMap: Sendable, Hashable {
    struct Rule: Sendable, Hashable {
        var scheme: String?
        var host: String
        var base: String
    }

    private var rules: [Rule] = []

    public init() {}

    /// Parses `FROM=TO` rules. - Throws: `WatchError` naming the malformed rule.
    public init(rules texts: [String]) throws {
        for text in texts {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let target = URL(string: parts[1]), target.scheme != nil, target.host != nil else {
                throw WatchError.hostRule(
                    "--map-host '\(text)': expected FROM=TO, e.g. https://www.senat.fr=http://127.0.0.1:8080")
            }
            let from = parts[0]
            var base = parts[1]
            while base.hasSuffix("/") { base.removeLast() }
            if let url = URL(string: from), let scheme = url.scheme, let host = url.host {
                rules.append(Rule(scheme: scheme.lowercased(), host: host.lowercased(), base: base))
            } else if !from.isEmpty, !from.contains("/") {
                rules.append(Rule(scheme: nil, host: from.lowercased(), base: base))
            } else {
                throw WatchError.hostRule("--map-host '\(text)': '\(from)' is neither a host nor a scheme://host")
            }
        }
    }

    public var isEmpty: Bool { rules.isEmpty }

    /// The address to request for an official one (the same address when no rule matches).
    public func map(_ address: String) -> String {
        guard let url = URLComponents(string: address), let host = url.host?.lowercased() else { return address }
        let scheme = url.scheme?.lowercased()
        guard let rule = rules.first(where: { $0.host == host && ($0.scheme == nil || $0.scheme == scheme) }) else {
            return address
        }
        var tail = url.percentEncodedPath
        if let query = url.percentEncodedQuery { tail += "?" + query }
        return rule.base + (tail.isEmpty ? "/" : tail)
    }
}
