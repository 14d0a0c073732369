import Foundation
import NavetteFormats
import TestSupport
import Testing

/// Checks an Atom file with a real feed parser: Python's `feedparser` (PyPI) when it can be imported,
/// which must recognise Atom 1.0 (`version == "atom10"`) without a well-formedness error (`bozo == 0`).
/// Always, the RFC 4287 requirements are checked on the XML tree (libxml2): one id, title and updated
/// per feed and per entry, an author, updated in RFC 3339 form.
enum FeedCheck {
    struct Result {
        var entries: [String]
        /// `feedparser 6.0.x` or `libxml2 only` (feedparser missing).
        var validator: String
    }

    static func validate(_ path: String) throws -> Result {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let root = try XMLParser.parseXML(bytes, file: path)
        let atom = "http://www.w3.org/2005/Atom"
        #expect(root.name == "feed" && root.namespace == atom)
        for element in [root] + root.elements("entry") {
            for name in ["id", "title", "updated"] {
                #expect(element.elements(name).count == 1, "\(element.name) needs one <\(name)>")
            }
            let updated = element.first("updated")?.text ?? ""
            #expect(
                updated.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$"#, options: .regularExpression)
                    != nil)
        }
        #expect(root.first("author")?.first("name") != nil)
        let titles = root.elements("entry").map { $0.first("title")?.text ?? "" }

        guard let parsed = feedparser(path) else { return Result(entries: titles, validator: "libxml2 only") }
        #expect(parsed.bozo == 0, "feedparser: not well-formed")
        #expect(parsed.version == "atom10")
        #expect(parsed.titles == titles)
        return Result(entries: titles, validator: "feedparser \(parsed.library)")
    }

    private struct Parsed: Decodable {
        var bozo: Int
        var version: String
        var titles: [String]
        var library: String
    }

    /// Runs feedparser on the file; nil when Python or feedparser is not installed.
    private static func feedparser(_ path: String) -> Parsed? {
        let script = """
            import json, sys
            try:
                import feedparser
            except ImportError:
                sys.exit(3)
            d = feedparser.parse(sys.argv[1])
            print(json.dumps({"bozo": int(bool(d.bozo)), "version": d.version, "library": feedparser.__version__,
                              "titles": [e.get("title", "") for e in d.entries]}))
            """
        guard let run = try? Subprocess.run("python3", ["-c", script, path]), run.status == 0 else { return nil }
        return try? JSONDecoder().decode(Parsed.self, from: Data(run.stdout.utf8))
    }
}
