import Foundation

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
    public var userAgent: String
    public var hostMap = HostMap()

    public init(userAgent: String) { self.userAgent = userAgent }
}

/// Fetches over HTTP with URLSession: conditional GET, timeouts, retries with backoff, a politeness
/// delay per host, a bounded number of redirects, and a check that the body is whole.
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
        tracker = TransferTracker(limit: configuration.maxRedirects, hostMap: configuration.hostMap)
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

        var attempt = 0
        while true {
            attempt += 1
            waitForHost(url.host ?? "")
            let (result, retryable) = perform(request)
            var finished = result
            finished.attempts = attempt
            guard retryable, attempt <= configuration.retries else {
                if case .failed(let message) = finished.outcome, attempt > 1 {
                    finished.outcome = .failed("\(message) (after \(attempt) attempts)")
                }
                return finished
            }
            Thread.sleep(forTimeInterval: configuration.backoff * pow(2, Double(attempt - 1)))
        }
    }

    /// One request: its result, and whether trying again may help.
    private func perform(_ request: URLRequest) -> (FetchResult, Bool) {
        let task = session.dataTask(with: request)
        let transfer = tracker.begin(task.taskIdentifier)
        task.resume()
        // FoundationNetworking enforces the idle timeout; this bound only guards against a task that
        // would never report its end.
        if transfer.done.wait(timeout: .now() + configuration.timeout * 4 + 30) == .timedOut {
            task.cancel()
            tracker.end(task.taskIdentifier)
            return (FetchResult(.failed("timed out after \(formatSeconds(configuration.timeout * 4 + 30))")), true)
        }
        let (data, response, error, redirectCount) = transfer.result()
        tracker.end(task.taskIdentifier)

        if let error {
            let code = (error as? URLError)?.code
            if code == .httpTooManyRedirects || redirectCount > configuration.maxRedirects {
                return (FetchResult(.failed("redirect loop: more than \(configuration.maxRedirects) redirects")), false)
            }
            // Every network error may pass (a timeout, a connection cut mid-body: libcurl's "transfer
            // closed with N bytes remaining to read"), except an address that can never work.
            let permanent: Set<URLError.Code> = [.badURL, .unsupportedURL, .cancelled, .userCancelledAuthentication]
            let reason = code == .timedOut
                ? "timed out after \(formatSeconds(configuration.timeout))"
                : "network error: \(error.localizedDescription)"
            return (FetchResult(.failed(reason)), !(code.map(permanent.contains) ?? false))
        }
        guard let http = response as? HTTPURLResponse else {
            return (FetchResult(.failed("no HTTP response")), true)
        }
        let status = http.statusCode
        let etag = header(http, "ETag")
        let lastModified = header(http, "Last-Modified")
        switch status {
        case 304:
            return (FetchResult(.notModified, status: status), false)
        case 200..<300:
            let bytes = [UInt8](data)
            // Content-Length counts the bytes on the wire: with a Content-Encoding (gzip), the body
            // handed over is decompressed and longer. libcurl reports a cut compressed body itself.
            let encoding = header(http, "Content-Encoding")?.lowercased() ?? "identity"
            if encoding == "identity", let declared = header(http, "Content-Length").flatMap(Int.init), declared != bytes.count {
                return (FetchResult(.failed("body cut short: \(bytes.count) of \(declared) bytes"), status: status), true)
            }
            let document = FetchedDocument(
                bytes: bytes, status: status, etag: etag, lastModified: lastModified,
                finalURL: http.url?.absoluteString ?? request.url!.absoluteString, contentType: header(http, "Content-Type"))
            return (FetchResult(.fetched(document), status: status), false)
        case 300..<400:
            return (FetchResult(.failed("redirect loop: more than \(configuration.maxRedirects) redirects"), status: status), false)
        default:
            let reason = HTTPURLResponse.localizedString(forStatusCode: status).capitalized
            let retryable = status == 429 || status >= 500
            return (FetchResult(.failed("HTTP \(status) \(reason)"), status: status), retryable)
        }
    }

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

        func receive(_ response: URLResponse) { locked { self.response = response } }
        func append(_ chunk: Data) { locked { data.append(chunk) } }
        func finish(_ error: Error?) { locked { self.error = error } }
        func redirected() -> Int { locked { redirects += 1; return redirects } }
        func result() -> (Data, URLResponse?, Error?, Int) { locked { (data, response, error, redirects) } }

        private func locked<T>(_ body: () -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body()
        }
    }

    let limit: Int
    let hostMap: HostMap
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]

    init(limit: Int, hostMap: HostMap) {
        self.limit = limit
        self.hostMap = hostMap
    }

    func begin(_ task: Int) -> Transfer {
        let transfer = Transfer()
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
        transfer(dataTask)?.append(data)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let count = transfer(task)?.redirected() ?? 0
        guard count <= limit else { return completionHandler(nil) }
        var next = request
        if let url = request.url, let mapped = URL(string: hostMap.map(url.absoluteString)) { next.url = mapped }
        completionHandler(next)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let transfer = transfer(task) else { return }
        transfer.finish(error)
        transfer.done.signal()
    }
}
