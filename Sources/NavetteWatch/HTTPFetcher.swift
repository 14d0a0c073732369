import Foundation
import NavetteCore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// How to behave towards the official sites.
public struct FetchConfiguration: Sendable {
    /// Seconds without data before a request fails. FoundationNetworking counts whole seconds
    /// (`Int(timeoutInterval) * 1000` ms: 0.5 would fail at once), so it is rounded up, 1 at least.
    public var timeout: TimeInterval = 30 {
        didSet { timeout = max(1, timeout.rounded(.up)) }
    }
    /// Further attempts after a 5xx, a 429 or a network error (timeout, connection lost, cut body).
    public var retries: Int = 3
    /// Seconds before the first retry, doubled at each next one.
    public var backoff: TimeInterval = 2
    /// Seconds between two requests to the same host.
    public var politeness: TimeInterval = 1
    public var maxRedirects: Int = 8
    /// Bytes of body accepted, counted after decompression (a gzip bomb stops here).
    public var maxBodyBytes: Int = 64 << 20
    /// Seconds one source may take in all: attempts, waits between them, redirects, a trickling body.
    public var maxSourceTime: TimeInterval = 300
    /// The longest `Retry-After` honoured (a 429 or 503 asking for more fails at once).
    public var maxRetryAfter: TimeInterval = 120
    public var userAgent: String
    public var hostMap = HostMap()

    public init(userAgent: String) { self.userAgent = userAgent }
}

/// Fetches over HTTP with URLSession: conditional GET, timeouts, retries with backoff (or the server's
/// `Retry-After`), a politeness delay per host, and limits on what is accepted: a bounded number of
/// redirects, never to another scheme than http(s) nor to another site, a body size counted after
/// decompression, a total time per source; and a check that the body is whole.
public final class HTTPFetcher: DocumentFetching, @unchecked Sendable {
    public let configuration: FetchConfiguration
    private let session: URLSession
    private let tracker: TransferTracker
    private let lock = NSLock()
    private var lastRequest: [String: Date] = [:]

    public init(configuration: FetchConfiguration) {
        self.configuration = configuration
        let settings = URLSessionConfiguration.ephemeral
        settings.urlCache = nil
        settings.requestCachePolicy = .reloadIgnoringLocalCacheData
        settings.timeoutIntervalForRequest = configuration.timeout
        settings.timeoutIntervalForResource = max(configuration.timeout * 4, 60)
        settings.httpAdditionalHeaders = ["User-Agent": configuration.userAgent]
        tracker = TransferTracker(configuration: configuration)
        session = URLSession(configuration: settings, delegate: tracker, delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    public func fetch(_ source: WatchSource, validators: Validators?) -> FetchResult {
        let address = configuration.hostMap.map(source.url)
        guard let url = URL(string: address), url.scheme == "http" || url.scheme == "https" else {
            return FetchResult(.failed("'\(address)' is not an http(s) address"))
        }
        var request = URLRequest(url: url, timeoutInterval: configuration.timeout)
        request.setValue(configuration.userAgent, forHTTPHeaderField: "User-Agent")
        if let etag = validators?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let date = validators?.lastModified { request.setValue(date, forHTTPHeaderField: "If-Modified-Since") }

        let deadline = Date().addingTimeInterval(configuration.maxSourceTime)
        var attempt = 0
        while true {
            attempt += 1
            waitForHost(url.host ?? "")
            let (result, retryable, retryAfter) = perform(
                request, officialHost: URL(string: source.url)?.host, deadline: deadline)
            var finished = result
            finished.attempts = attempt
            let pause = retryAfter ?? configuration.backoff * pow(2, Double(attempt - 1))
            var refusal: String?
            if retryable, attempt <= configuration.retries {
                if let retryAfter, retryAfter > configuration.maxRetryAfter {
                    let allowed = formatSeconds(configuration.maxRetryAfter)
                    refusal = "the server asks to wait \(formatSeconds(retryAfter)), more than the \(allowed) allowed"
                } else if Date().addingTimeInterval(pause) > deadline {
                    refusal = "no time left for another attempt within \(formatSeconds(configuration.maxSourceTime))"
                }
            }
            guard retryable, attempt <= configuration.retries, refusal == nil else {
                if case .failed(let message) = finished.outcome {
                    let attempts = attempt > 1 ? " (after \(attempt) attempts)" : ""
                    finished.outcome = .failed(message + attempts + (refusal.map { "; \($0)" } ?? ""))
                }
                return finished
            }
            Thread.sleep(forTimeInterval: pause)
        }
    }

    /// One request: its result, whether trying again may help, and the server's `Retry-After`.
    private func perform(
        _ request: URLRequest, officialHost: String?, deadline: Date
    ) -> (FetchResult, Bool, TimeInterval?) {
        let task = session.dataTask(with: request)
        let transfer = tracker.begin(task.taskIdentifier, officialHost: officialHost)
        task.resume()
        // FoundationNetworking enforces the idle timeout; the wait is bounded by what is left of the
        // source's total time (a server trickling a byte now and then never trips the idle timeout).
        let guardTime = configuration.timeout * 4 + 30
        let left = deadline.timeIntervalSinceNow
        let wait = transfer.done.wait(timeout: .now() + max(0, min(guardTime, left)))
        if wait == .timedOut, transfer.refusal == nil {
            task.cancel()
            tracker.end(task.taskIdentifier)
            let reason =
                left <= guardTime
                ? "took more than the \(formatSeconds(configuration.maxSourceTime)) allowed for one source"
                : "timed out after \(formatSeconds(guardTime))"
            return (FetchResult(.failed(reason)), left > guardTime, nil)
        }
        let (data, response, error, redirectCount) = transfer.result()
        tracker.end(task.taskIdentifier)

        if let refusal = transfer.refusal {
            return (FetchResult(.failed(refusal), status: (response as? HTTPURLResponse)?.statusCode), false, nil)
        }
        if let error {
            let code = (error as? URLError)?.code
            if code == .httpTooManyRedirects || redirectCount > configuration.maxRedirects {
                return (FetchResult(.failed(redirectLoop)), false, nil)
            }
            // Every network error may pass (a timeout, a connection cut mid-body: libcurl's "transfer
            // closed with N bytes remaining to read"), except an address that can never work.
            let permanent: Set<URLError.Code> = [.badURL, .unsupportedURL, .cancelled, .userCancelledAuthentication]
            let reason =
                code == .timedOut
                ? "timed out after \(formatSeconds(configuration.timeout))"
                : "network error: \(error.localizedDescription)"
            return (FetchResult(.failed(reason)), !(code.map(permanent.contains) ?? false), nil)
        }
        guard let http = response as? HTTPURLResponse else {
            return (FetchResult(.failed("no HTTP response")), true, nil)
        }
        let status = http.statusCode
        let etag = header(http, "ETag")
        let lastModified = header(http, "Last-Modified")
        switch status {
        case 304:
            return (FetchResult(.notModified, status: status), false, nil)
        case 200..<300:
            let bytes = [UInt8](data)
            // Content-Length counts the bytes on the wire: with a Content-Encoding (gzip), the body
            // handed over is decompressed and longer. libcurl reports a cut compressed body itself.
            let encoding = header(http, "Content-Encoding")?.lowercased() ?? "identity"
            if encoding == "identity", let declared = header(http, "Content-Length").flatMap(Int.init),
                declared != bytes.count
            {
                let cut = "body cut short: \(bytes.count) of \(declared) bytes"
                return (FetchResult(.failed(cut), status: status), true, nil)
            }
            let document = FetchedDocument(
                bytes: bytes, status: status, etag: etag, lastModified: lastModified,
                finalURL: http.url?.absoluteString ?? request.url!.absoluteString,
                contentType: header(http, "Content-Type"))
            return (FetchResult(.fetched(document), status: status), false, nil)
        case 300..<400:
            return (FetchResult(.failed(redirectLoop), status: status), false, nil)
        default:
            let reason = HTTPURLResponse.localizedString(forStatusCode: status).capitalized
            let retryable = status == 429 || status >= 500
            let retryAfter = retryable ? header(http, "Retry-After").flatMap(Self.seconds(retryAfter:)) : nil
            return (FetchResult(.failed("HTTP \(status) \(reason)"), status: status), retryable, retryAfter)
        }
    }

    private var redirectLoop: String { "redirect loop: more than \(configuration.maxRedirects) redirects" }

    /// Sleeps until the politeness delay since the last request to `host` has passed.
    private func waitForHost(_ host: String) {
        guard configuration.politeness > 0 else { return }
        lock.lock()
        let now = Date()
        let next = lastRequest[host].map { $0.addingTimeInterval(configuration.politeness) } ?? now
        lastRequest[host] = max(now, next)
        lock.unlock()
        let wait = next.timeIntervalSince(now)
        if wait > 0 { Thread.sleep(forTimeInterval: wait) }
    }

    /// `Retry-After` as seconds from now: a number of seconds, or an HTTP date.
    static func seconds(retryAfter value: String) -> TimeInterval? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text) { return TimeInterval(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text).map { max(0, $0.timeIntervalSinceNow) }
    }

    private func header(_ response: HTTPURLResponse, _ name: String) -> String? {
        for (key, value) in response.allHeaderFields {
            if let key = key as? String, key.caseInsensitiveCompare(name) == .orderedSame { return value as? String }
        }
        return nil
    }
}

func formatSeconds(_ seconds: TimeInterval) -> String {
    seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.1f s", seconds)
}

/// `64 MB`, `512 KB`, `100 bytes`: a limit in an error line.
func formatBytes(_ count: Int) -> String {
    if count >= 1 << 20, count % (1 << 20) == 0 { return "\(count >> 20) MB" }
    if count >= 1 << 10, count % (1 << 10) == 0 { return "\(count >> 10) KB" }
    return "\(count) bytes"
}

/// The delegate of the session: collects each task's response and body, follows redirects up to a
/// limit (mapping official hosts on the way) and wakes the waiting fetch when the task ends. Delegate
/// callbacks rather than completion handlers, because FoundationNetworking follows redirects on its
/// own for the latter and a limit cannot be set.
final class TransferTracker: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    final class Transfer: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var data = Data()
        private var response: URLResponse?
        private var error: Error?
        private var redirects = 0
        private var refused: String?
        /// The host of the official address (before mapping), for the same-site check of redirects.
        let officialHost: String?

        init(officialHost: String?) { self.officialHost = officialHost }

        /// Why the transfer was stopped on navette's side (a limit, a redirect refused).
        var refusal: String? { locked { refused } }
        func refuse(_ reason: String) { locked { if refused == nil { refused = reason } } }
        func receive(_ response: URLResponse) { locked { self.response = response } }
        /// Adds a chunk unless the body would pass `limit` bytes; false when it would.
        func append(_ chunk: Data, limit: Int) -> Bool {
            locked {
                guard data.count + chunk.count <= limit else { return false }
                data.append(chunk)
                return true
            }
        }
        func finish(_ error: Error?) { locked { self.error = error } }
        func redirected() -> Int {
            locked {
                redirects += 1
                return redirects
            }
        }
        func result() -> (Data, URLResponse?, Error?, Int) { locked { (data, response, error, redirects) } }

        private func locked<T>(_ body: () -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body()
        }
    }

    let configuration: FetchConfiguration
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]

    init(configuration: FetchConfiguration) { self.configuration = configuration }

    func begin(_ task: Int, officialHost: String?) -> Transfer {
        let transfer = Transfer(officialHost: officialHost)
        lock.lock()
        transfers[task] = transfer
        lock.unlock()
        return transfer
    }

    func end(_ task: Int) {
        lock.lock()
        transfers[task] = nil
        lock.unlock()
    }

    private func transfer(_ task: URLSessionTask) -> Transfer? {
        lock.lock()
        defer { lock.unlock() }
        return transfers[task.taskIdentifier]
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        transfer(dataTask)?.receive(response)
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let transfer = transfer(dataTask) else { return }
        guard transfer.refusal == nil, !transfer.append(data, limit: configuration.maxBodyBytes) else { return }
        transfer.refuse(bodyTooLarge)
        // The waiting fetch is woken here, and the task cancelled from another queue: `cancel()` waits
        // for the work queue FoundationNetworking shares between all sessions, which can be busy
        // delivering this very body; called from this callback it stalled the fetch (and every other
        // session) on a loaded machine until the source's total time ran out.
        transfer.done.signal()
        DispatchQueue.global().async { dataTask.cancel() }
    }

    private var bodyTooLarge: String {
        "body larger than the limit of \(formatBytes(configuration.maxBodyBytes)) (counted after decompression)"
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        guard let transfer = transfer(task) else { return completionHandler(nil) }
        guard transfer.redirected() <= configuration.maxRedirects else { return completionHandler(nil) }
        // FoundationNetworking turns a `Location` of another scheme (`file:///etc/passwd`) into a path
        // on the same host: the header itself says where the server meant to send us. Refusing a
        // redirect is answering nil: the 3xx becomes the response, and the refusal is its reason.
        let location = response.value(forHTTPHeaderField: "Location") ?? ""
        let scheme = URL(string: location)?.scheme?.lowercased()
        guard let url = request.url, scheme == nil || scheme == "http" || scheme == "https" else {
            transfer.refuse("redirected to '\(location.excerpt(80))': not followed (only http(s) is)")
            return completionHandler(nil)
        }
        // Another site's page is never taken for the official text (www. or not is the same site).
        let from = [transfer.officialHost, response.url?.host].compactMap { $0.map(Self.site) }
        if !from.contains(Self.site(url.host ?? "")) {
            transfer.refuse("redirected to another host (\((url.host ?? "").excerpt(80))): not followed")
            return completionHandler(nil)
        }
        var next = request
        if let mapped = URL(string: configuration.hostMap.map(url.absoluteString)) { next.url = mapped }
        completionHandler(next)
    }

    /// A host without its `www.`, lowercased.
    static func site(_ host: String) -> String {
        let lower = host.lowercased()
        return lower.hasPrefix("www.") ? String(lower.dropFirst(4)) : lower
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let transfer = transfer(task) else { return }
        transfer.finish(error)
        transfer.done.signal()
    }
}
