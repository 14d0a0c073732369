import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// POSTs each change as JSON to a URL, retried with backoff on a network error or a 5xx; a change
/// that could not be delivered stays pending and is tried again at the next cycle.
///
///     {"dossier": "jo2024", "kind": "article", "subject": "7", "title": "Article 7 changed in an-939: …",
///      "detectedAt": "2026-…Z", "key": "…", "detail": {"url": "…", "label": "an-939", "article": "7",
///      "alineas": [{"kind": "changed", "oldNumber": 1, "newNumber": 1, "old": "…", "new": "…",
///                   "ops": [{"op": "equal", "text": "…"}, {"op": "delete", …}, {"op": "insert", …}]}]}}
public struct WebhookNotifier: Notifier {
    public var url: URL
    public var retries: Int
    public var backoff: TimeInterval
    public var timeout: TimeInterval
    public var userAgent: String

    public init(url: URL, retries: Int = 3, backoff: TimeInterval = 2, timeout: TimeInterval = 30, userAgent: String) {
        self.url = url
        self.retries = retries
        self.backoff = backoff
        self.timeout = max(1, timeout.rounded(.up))
        self.userAgent = userAgent
    }

    public var channel: String { "webhook \(url.absoluteString)" }

    struct Payload: Encodable {
        var dossier: String
        var kind: String
        var subject: String
        var title: String
        var detectedAt: String
        var key: String
        var detail: ChangeDetail?
    }

    public func deliver(pending: [Alert], all: [Alert]) -> (delivered: [Int64], problems: [String]) {
        var delivered: [Int64] = []
        var problems: [String] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for alert in pending {
            let change = alert.change
            let payload = Payload(
                dossier: change.dossier, kind: change.kind, subject: change.subject, title: change.title,
                detectedAt: AtomFeedNotifier.timestamp(change.detectedAt), key: change.key, detail: alert.detail)
            guard let body = try? encoder.encode(payload) else { continue }
            var outcome = post(body)
            var attempt = 1
            while case .retry = outcome, attempt <= retries {
                Thread.sleep(forTimeInterval: backoff * pow(2, Double(attempt - 1)))
                attempt += 1
                outcome = post(body)
            }
            switch outcome {
            case .delivered: delivered.append(change.id!)
            case .retry(let why), .fail(let why):
                problems.append(
                    "webhook \(url.absoluteString): \(change.title): \(why) after \(attempt) attempt\(attempt == 1 ? "" : "s"); will try again"
                )
            }
        }
        return (delivered, problems)
    }

    private enum Outcome {
        case delivered
        case retry(String)
        case fail(String)
    }

    private func post(_ body: Data) -> Outcome {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        let box = StatusBox()
        let done = DispatchSemaphore(value: 0)
        let task = URLSession.shared.dataTask(with: request) { _, response, error in
            box.set((response as? HTTPURLResponse)?.statusCode, error.map { $0.localizedDescription })
            done.signal()
        }
        task.resume()
        done.wait()
        let (status, error) = box.get()
        if let error { return .retry("network error: \(error)") }
        guard let status else { return .retry("no HTTP response") }
        if (200..<300).contains(status) { return .delivered }
        return status >= 500 || status == 429 ? .retry("HTTP \(status)") : .fail("HTTP \(status)")
    }
}

private final class StatusBox: @unchecked Sendable {
    private let lock = NSLock()
    private var status: Int?
    private var error: String?

    func set(_ status: Int?, _ error: String?) {
        lock.lock()
        defer { lock.unlock() }
        (self.status, self.error) = (status, error)
    }

    func get() -> (Int?, String?) {
        lock.lock()
        defer { lock.unlock() }
        return (status, error)
    }
}
