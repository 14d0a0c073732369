import Foundation
import TestSupport
import Testing

@testable import NavetteFormats

/// `XMLParser.parseXMLNodes` builds its table from libxml2's events; it must be the table libxml2's tree
/// gives (`parseXMLNodesThroughTree`) for every document: the corpus's XML files, and generated ones
/// that hold what the events describe differently (blanks dropped by XML_PARSE_NOBLANKS next to text,
/// comments, processing instructions and CDATA, `&` in values, undefined prefixes, xml:space) or not at
/// all (a DOCTYPE, lines past 65,535, a text past 10 MB), and malformed ones (the same error).
@Suite struct NodeTableEventsTests {
    /// Both ways's table, or both ways's error, as text.
    static func outcome(_ bytes: [UInt8], tree: Bool) -> String {
        do {
            let table =
                tree
                ? try XMLParser.parseXMLNodesThroughTree(bytes, file: "t.xml")
                : try XMLParser.parseXMLNodes(bytes, file: "t.xml")
            return describe(table)
        } catch {
            return "error: \(error)"
        }
    }

    static func describe(_ table: NodeTable) -> String {
        var lines = ["namespace \(table.namespace ?? "-")", "names \(table.names)"]
        for node in table.nodes {
            let content = "\(node.name) end \(node.end) line \(node.line) [\(node.start), \(node.stop))"
            lines.append(content)
        }
        lines.append("attributes \(table.attributes.map { "\($0.name)=[\($0.start), \($0.stop))" })")
        lines.append("text \(table.text)")
        return lines.joined(separator: "\n")
    }

    static func expectSame(_ text: String, _ comment: Comment? = nil) {
        let bytes = Array(text.utf8)
        let events = outcome(bytes, tree: false)
        let tree = outcome(bytes, tree: true)
        #expect(events == tree, comment ?? Comment(rawValue: String(text.prefix(2_000))))
    }

    @Test func everyCorpusXMLFileGivesTheTreesTable() throws {
        let corpus = URL(fileURLWithPath: Corpus.root)
        let files = (FileManager.default.enumerator(atPath: corpus.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".xml") }
        #expect(files.count >= 20, "the corpus should hold XML files (formats/legi-xml, akn-examples…)")
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(file)))
            #expect(Self.outcome(bytes, tree: false) == Self.outcome(bytes, tree: true), "\(file)")
        }
    }

    @Test func blanksCommentsAndReferencesGiveTheTreesTable() {
        let cases = [
            "<a> <b/> </a>", "<a>\n  <b>x</b>\n  <c/>\n</a>", "<a>x <b/> </a>", "<a> <b/>x </a>", "<a><b/> </a>",
            "<a> </a>", "<a>  \r\n  <b/>\r\n</a>", "<a>\t<b/>\t</a>", "<a> <!-- c --> <b/> </a>",
            "<a> <?p d?> <b/> </a>",
            "<a> <![CDATA[ ]]> <b/> </a>", "<a><![CDATA[]]></a>", "<a>&#32;<b/>&#32;</a>", "<a> &#32; <b/></a>",
            "<a xml:space='preserve'> <b/> </a>", "<a xml:space='preserve'><c xml:space='default'> <b/> </c></a>",
            "<a>x<!--c-->y</a>", "<a>x&amp;y&lt;z</a>", "<a>é <b/> ü</a>", "<a> é<b/></a>", "<a>\u{00A0}<b/></a>",
            "<a v='x &amp; y' w='&#38;&#38;#38;' u='a&#10;b\tc\nd' t='&lt;&gt;&quot;' s=''/>",
            "<a xmlns='urn:x'><p:b xmlns:p='urn:p' p:c='1' c='2'/></a>", "<p:a><q:b q:c='1'/></p:a>",
            "<a xmlns:x='urn:x' x:v='1' v='2' x:w=''/>", "<?xml version='1.0'?>\n<!-- c -->\n<a/>\n<?p?>",
            "<a>" + String(repeating: " ", count: 700) + "<b/></a>",
            "<a>" + String(repeating: "é ", count: 400) + "</a>",
            "<a>" + String(repeating: "x", count: 5_000) + "&amp;" + String(repeating: "y", count: 5_000) + "</a>",
        ]
        for text in cases { Self.expectSame(text) }
    }

    @Test func whatTheEventsDoNotSayGoesThroughTheTree() {
        Self.expectSame("<!DOCTYPE a [<!ELEMENT a (b)*><!ELEMENT b EMPTY><!ATTLIST b c CDATA 'd'>]><a> <b/> </a>")
        Self.expectSame("<!DOCTYPE a SYSTEM 'a.dtd'><a>&undeclared; <b/></a>")
        Self.expectSame("<a>" + String(repeating: "<b/>\n", count: 70_000) + "</a>", "lines past 65,535")
        let long = String(repeating: "x", count: 10_000_000)
        Self.expectSame("<a>" + long + "&amp;y</a>", "a text past 10 MB")
        Self.expectSame(String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300), "depth")
    }

    @Test func malformedDocumentsGiveTheSameError() {
        for text in ["<a>", "<a></b>", "<a>&nope;</a>", "<a x='1' x='2'/>", "<a/><b/>", "x", "<a>\u{0}</a>"] {
            Self.expectSame(text)
        }
    }

    @Test func generatedDocumentsGiveTheTreesTable() {
        var random = SplitMix(seed: 12)
        for _ in 0..<3_000 { Self.expectSame(Self.document(&random)) }
    }

    /// A random document mixing the shapes above, a few elements deep.
    static func document(_ random: inout SplitMix) -> String {
        var text = random.next(4) == 0 ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        if random.next(6) == 0 { text += "<!-- before -->\n" }
        text += element(&random, depth: 0)
        return text + (random.next(5) == 0 ? "\n<?after?>\n" : "")
    }

    static func element(_ random: inout SplitMix, depth: Int) -> String {
        let names = ["a", "b", "ARTICLE", "p:c", "q:d", "xml:e", "BLOC_TEXTUEL"]
        let name = names[random.next(names.count)]
        var tag = "<" + name
        if depth == 0 && random.next(2) == 0 { tag += " xmlns=\"urn:root\" xmlns:p=\"urn:p\"" }
        if random.next(4) == 0 { tag += " xml:space=\"\(random.next(2) == 0 ? "preserve" : "default")\"" }
        for index in 0..<random.next(3) {
            let values = ["v", "", "a &amp; b", "&#38;", "x\ny", "\t", "&lt;é&gt;", "&#x26;#38;", " two  spaces "]
            let key = ["k", "p:k", "r:k", "id"][random.next(4)] + "\(index)"
            tag += " \(key)=\"\(values[random.next(values.count)])\""
        }
        guard depth < 4, random.next(5) != 0 else { return tag + "/>" }
        var body = ""
        for _ in 0..<random.next(6) {
            let pieces = [
                " ", "\n  ", "\r\n", "\t", "text", " é ", "&amp;", "&#32;", "&#10;", "<!-- c -->", "<?pi x?>",
                "<![CDATA[ ]]>", "<![CDATA[<x>]]>", "<![CDATA[]]>", "  \n ", "x ", " y",
            ]
            body += random.next(3) == 0 ? element(&random, depth: depth + 1) : pieces[random.next(pieces.count)]
        }
        return tag + ">" + body + "</" + name + ">"
    }

    /// A small seeded generator, so that a failure can be replayed.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            value ^= value >> 31
            return Int(value % UInt64(bound))
        }
    }
}
