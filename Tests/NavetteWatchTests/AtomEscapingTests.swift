import Foundation
import NavetteStore
import NavetteWatch
import TestSupport
import Testing

/// Hostile text from a document through the Atom feed: markup, quotes, apostrophes and control
/// characters come out escaped by the report's escaper (the one escaper of document text), and the
/// feed stays well-formed Atom whose titles read back as the text, a control character replaced.
@Suite struct AtomEscapingTests {
    static let hostile = "<script>alert('x')</script> & \"quoted\" \u{0C}form feed ]]> <![CDATA[x]]>"

    @Test func hostileTextStaysText() throws {
        let directory = try TemporaryDirectory()
        let detail =
            #"{"url":"https://example.org/?a=1&b='2'","label":"an-939","alineas":[{"kind":"changed","oldNumber":1,"newNumber":1,"ops":[{"op":"delete","text":"<b>old</b> "},{"op":"insert","text":"'new' & \u000c "}]}]}"#
        let change = ChangeRecord(
            key: "k<1>", sourceId: 1, dossier: "d", kind: "article", subject: "7", title: Self.hostile,
            fromSnapshotId: nil,
            toSnapshotId: 1, detail: detail)
        let notifier = AtomFeedNotifier(
            path: directory.path + "/feed.xml", dossierId: "d<&>", title: Self.hostile,
            link: "https://example.org/?a=1&b='2'",
            version: "0.1.0")
        let xml = notifier.feed([Alert(change)])
        #expect(!xml.contains("<script>") && !xml.contains("<b>") && !xml.contains("<![CDATA["))
        #expect(
            xml.contains(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; \u{FFFD}form feed ]]&gt;"))
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        let (delivered, problems) = notifier.deliver(pending: [], all: [Alert(change)])
        #expect(delivered.isEmpty && problems.isEmpty)
        let read = try FeedCheck.validate(directory.path + "/feed.xml")
        #expect(read.entries == [Self.hostile.replacingOccurrences(of: "\u{0C}", with: "\u{FFFD}")])
    }
}
