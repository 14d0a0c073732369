import Foundation
import NavetteCore
import NavetteReport
import NavetteStore

/// A recorded change, with its detail decoded, on its way to a channel.
public struct Alert: Sendable {
    public var change: ChangeRecord
    public var detail: ChangeDetail?

    public init(_ change: ChangeRecord) {
        self.change = change
        detail = try? JSONDecoder().decode(ChangeDetail.self, from: Data(change.detail.utf8))
    }
}

/// A way to tell people about changes. Each channel gets each change once: what a notifier reports
/// delivered is recorded in the store, and only undelivered changes are handed to it next time (a
/// restarted watcher resumes there).
public protocol Notifier {
    /// `stdout`, `atom PATH`, `webhook URL`: the key deliveries are recorded under.
    var channel: String { get }
    /// Delivers `pending`; `all` is every change of the dossier, oldest first, for channels that
    /// rewrite a whole document. Returns the ids delivered, and a line for each failure.
    func deliver(pending: [Alert], all: [Alert]) -> (delivered: [Int64], problems: [String])
}

public struct Delivery: Sendable {
    public var channel: String
    public var delivered: Int
    public var problems: [String]
}

/// Hands each notifier the changes it has not delivered yet and records what it delivered.
public struct AlertDispatcher {
    public var store: NavetteStore
    public var dossier: String
    public var notifiers: [any Notifier]

    public init(store: NavetteStore, dossier: String, notifiers: [any Notifier]) {
        self.store = store
        self.dossier = dossier
        self.notifiers = notifiers
    }

    public func dispatch() throws -> [Delivery] {
        let all = try store.changes(dossier: dossier).map(Alert.init)
        let decoded = Dictionary(all.map { ($0.change.id, $0) }) { first, _ in first }
        return try notifiers.map { notifier in
            let pending = try store.pendingChanges(dossier: dossier, channel: notifier.channel).map {
                decoded[$0.id] ?? Alert($0)
            }
            let (delivered, problems) = notifier.deliver(pending: pending, all: all)
            for id in delivered { try store.recordAlert(changeId: id, channel: notifier.channel) }
            return Delivery(channel: notifier.channel, delivered: delivered.count, problems: problems)
        }
    }
}

/// Changes as text: a title line, the address, then each changed alinéa with the words removed in
/// `[-…-]` and the words added in `{+…+}` (wdiff's notation), long unchanged runs shortened.
public enum AlertText {
    public static func render(_ alert: Alert) -> String {
        var lines = ["● \(alert.change.title)"]
        guard let detail = alert.detail else { return lines.joined(separator: "\n") + "\n" }
        lines.append("  \(detail.url)")
        if let status = detail.status { lines.append("  status: \(status.old ?? "none") → \(status.new ?? "none")") }
        for alinea in detail.alineas ?? [] {
            let number = alinea.newNumber ?? alinea.oldNumber ?? 0
            let word =
                ["changed": "alinéa", "inserted": "new alinéa", "deleted": "removed alinéa"][alinea.kind.rawValue]
                ?? "alinéa"
            lines.append("  \(word) \(number): \(diff(alinea.ops))")
        }
        if let document = detail.document, let url = document.url { lines.append("  \(url)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The word diff in wdiff notation, unchanged runs longer than `context * 2` words shortened,
    /// spaces collapsed, a space between a deletion and the insertion that replaces it.
    public static func diff(_ ops: [Comparison.Op], context: Int = 6) -> String {
        let compact = ops.enumerated().map { index, op -> Comparison.Op in
            var words = op.text.split(whereSeparator: \.isWhitespace).map(String.init)
            if op.op == .equal, words.count > context * 2 {
                if index == 0 {
                    words = ["…"] + words.suffix(context)
                } else if index == ops.count - 1 {
                    words = words.prefix(context) + ["…"]
                } else {
                    words = words.prefix(context) + ["…"] + words.suffix(context)
                }
            }
            let spaced =
                op.text.last?.isWhitespace == true
                || (op.op == .delete && index + 1 < ops.count && ops[index + 1].op == .insert)
            return Comparison.Op(op.op, words.joined(separator: " ") + (spaced ? " " : ""))
        }
        return InlineMarkup.wdiff.render(compact).trimmingSpaces()
    }
}

/// Writes each new change to a text stream (standard output).
public struct StreamNotifier: Notifier {
    public var channel: String
    private let write: @Sendable (String) -> Void

    public init(channel: String = "stdout", write: @escaping @Sendable (String) -> Void) {
        self.channel = channel
        self.write = write
    }

    public func deliver(pending: [Alert], all: [Alert]) -> (delivered: [Int64], problems: [String]) {
        for alert in pending { write(AlertText.render(alert)) }
        return (pending.compactMap(\.change.id), [])
    }
}
