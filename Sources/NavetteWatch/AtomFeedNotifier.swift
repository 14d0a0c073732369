import Foundation
import NavetteCore
import NavetteReport
import NavetteStore

/// Keeps an Atom 1.0 feed file of a dossier's changes (newest first), rewritten whole from the store
/// at each delivery and replaced atomically, so a reader never sees half a file and a change is in it
/// once however often the watcher restarts.
public struct AtomFeedNotifier: Notifier {
    public var path: String
    public var dossierId: String
    public var title: String
    /// The dossier's official address, linked from the feed.
    public var link: String?
    public var version: String

    public init(path: String, dossierId: String, title: String, link: String?, version: String) {
        self.path = path
        self.dossierId = dossierId
        self.title = title
        self.link = link
        self.version = version
    }

    public var channel: String { "atom \(path)" }

    public func deliver(pending: [Alert], all: [Alert]) -> (delivered: [Int64], problems: [String]) {
        do {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            try Data(feed(all).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return (pending.compactMap(\.change.id), [])
        } catch {
            return ([], ["\(path): the Atom feed cannot be written: \(error.localizedDescription)"])
        }
    }

    /// The whole feed for `alerts` (oldest first in, newest first out).
    public func feed(_ alerts: [Alert]) -> String {
        let updated = alerts.map(\.change.detectedAt).max() ?? Date()
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <id>urn:navette:dossier:\(ReportEscaping.html(dossierId))</id>
              <title>\(ReportEscaping.html(title))</title>
              <subtitle>Changes navette found in the official texts of the dossier</subtitle>
              <updated>\(Self.timestamp(updated))</updated>
              <author><name>navette</name></author>
              <generator version="\(ReportEscaping.html(version))">navette</generator>

            """
        if let link { xml += "  <link rel=\"related\" href=\"\(ReportEscaping.html(link))\"/>\n" }
        for alert in alerts.reversed() {
            let change = alert.change
            xml += """
                  <entry>
                    <id>urn:navette:change:\(ReportEscaping.html(change.key))</id>
                    <title>\(ReportEscaping.html(change.title))</title>
                    <updated>\(Self.timestamp(change.detectedAt))</updated>
                    <category term="\(ReportEscaping.html(change.kind))"/>

                """
            if let url = alert.detail?.url {
                xml += "      <link rel=\"alternate\" href=\"\(ReportEscaping.html(url))\"/>\n"
            }
            xml += "      <content type=\"html\">\(ReportEscaping.html(html(alert)))</content>\n    </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// The change as HTML (escaped once more into the feed): removed words in `<del>`, added in `<ins>`.
    func html(_ alert: Alert) -> String {
        guard let detail = alert.detail else { return "<p>\(ReportEscaping.html(alert.change.title))</p>" }
        var parts: [String] = []
        if let status = detail.status {
            parts.append(
                "<p>status: \(ReportEscaping.html(status.old ?? "none")) → \(ReportEscaping.html(status.new ?? "none"))</p>"
            )
        }
        for alinea in detail.alineas ?? [] {
            let text = InlineMarkup.html.render(alinea.ops)
            parts.append(
                "<p><b>alinéa \(alinea.newNumber ?? alinea.oldNumber ?? 0)</b> (\(alinea.kind.rawValue)): \(text)</p>")
        }
        if let document = detail.document {
            let link =
                document.url.map { " <a href=\"\(ReportEscaping.html($0))\">\(ReportEscaping.html($0))</a>" } ?? ""
            parts.append(
                "<p>\(ReportEscaping.html(document.title))\(document.summary.map { " — " + ReportEscaping.html($0) } ?? "")\(link)</p>"
            )
        }
        if let fate = detail.fate {
            parts.append(
                "<p>fate: \(ReportEscaping.html(fate.old ?? "none")) → \(ReportEscaping.html(fate.new ?? "none"))</p>")
        }
        return parts.joined(separator: "\n")
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
