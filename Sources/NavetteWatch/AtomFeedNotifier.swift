import Foundation
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
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
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
              <id>urn:navette:dossier:\(escape(dossierId))</id>
              <title>\(escape(title))</title>
              <subtitle>Changes navette found in the official texts of the dossier</subtitle>
              <updated>\(Self.timestamp(updated))</updated>
              <author><name>navette</name></author>
              <generator version="\(escape(version))">navette</generator>

            """
        if let link { xml += "  <link rel=\"related\" href=\"\(escape(link))\"/>\n" }
        for alert in alerts.reversed() {
            let change = alert.change
            xml += """
                  <entry>
                    <id>urn:navette:change:\(change.key)</id>
                    <title>\(escape(change.title))</title>
                    <updated>\(Self.timestamp(change.detectedAt))</updated>
                    <category term="\(escape(change.kind))"/>

                """
            if let url = alert.detail?.url { xml += "      <link rel=\"alternate\" href=\"\(escape(url))\"/>\n" }
            xml += "      <content type=\"html\">\(escape(html(alert)))</content>\n    </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// The change as HTML (escaped once more into the feed): removed words in `<del>`, added in `<ins>`.
    func html(_ alert: Alert) -> String {
        guard let detail = alert.detail else { return "<p>\(escape(alert.change.title))</p>" }
        var parts: [String] = []
        if let status = detail.status { parts.append("<p>status: \(escape(status.old ?? "none")) → \(escape(status.new ?? "none"))</p>") }
        for alinea in detail.alineas ?? [] {
            let text = alinea.ops.map { op -> String in
                switch op.op {
                case .equal: escape(op.text)
                case .insert: "<ins>\(escape(op.text))</ins>"
                case .delete: "<del>\(escape(op.text))</del>"
                }
            }.joined()
            parts.append("<p><b>alinéa \(alinea.newNumber ?? alinea.oldNumber ?? 0)</b> (\(alinea.kind)): \(text)</p>")
        }
        if let document = detail.document {
            let link = document.url.map { " <a href=\"\(escape($0))\">\(escape($0))</a>" } ?? ""
            parts.append("<p>\(escape(document.title))\(document.summary.map { " — " + escape($0) } ?? "")\(link)</p>")
        }
        if let fate = detail.fate { parts.append("<p>fate: \(escape(fate.old ?? "none")) → \(escape(fate.new ?? "none"))</p>") }
        return parts.joined(separator: "\n")
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    private func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            // XML 1.0 has no place for the other C0 controls (a form feed in a pasted text).
            case _ where character.asciiValue.map({ $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) == true: continue
            default: output.append(character)
            }
        }
        return output
    }
}
