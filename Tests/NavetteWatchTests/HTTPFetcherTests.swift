import Foundation
import NavetteWatch
import TestSupport
import Testing

/// The fetcher against a local server that misbehaves: what comes back, after how many attempts.
@Suite struct HTTPFetcherTests {
    static let excerpt = "jo2024/excerpts/an-CRSAJOANR5L16S2023O1N187.raw.txt"

    static func fetcher(_ server: LocalServer, retries: Int = 2, timeout: TimeInterval = 1) throws -> HTTPFetcher {
        var configuration = FetchConfiguration(userAgent: "navette/test (+https://example.invalid)")
        configuration.timeout = timeout
        configuration.retries = retries
        configuration.backoff = 0.01
        configuration.politeness = 0
        configuration.maxRedirects = 4
        configuration.hostMap = try HostMap(rules: ["https://www.assemblee-nationale.fr=\(server.base)"])
        return HTTPFetcher(configuration: configuration)
    }

    static let source = WatchSource(
        url: "https://www.assemblee-nationale.fr/dyn/opendata/PRJLANR5L16BTC0939.html", kind: .text(reading: "an-939"))
    static let path = "/dyn/opendata/PRJLANR5L16BTC0939.html"

    @Test func servesThroughTheHostMapWithValidatorsAndUserAgent() throws {
        let server = try LocalServer()
        let bytes = try Corpus.bytes(Self.excerpt)
        server.serve(Self.path, bytes, contentType: "text/plain; charset=utf-8")
        let fetcher = try Self.fetcher(server)
        let first = fetcher.fetch(Self.source, validators: nil)
        guard case .fetched(let document) = first.outcome else {
            Issue.record("not fetched: \(first.outcome)")
            return
        }
        #expect(document.bytes == bytes)
        #expect(document.status == 200 && document.contentType == "text/plain; charset=utf-8")
        #expect(document.lastModified == LocalServer.lastModified)
        #expect(document.finalURL == server.base + Self.path)
        let etag = try #require(document.etag)
        #expect(server.requests.first?.headers["user-agent"] == "navette/test (+https://example.invalid)")

        let second = fetcher.fetch(Self.source, validators: Validators(etag: etag, lastModified: document.lastModified))
        guard case .notModified = second.outcome else {
            Issue.record("expected 304, got \(second.outcome)")
            return
        }
        #expect(second.status == 304)
        #expect(server.requests.last?.headers["if-none-match"] == etag)
        #expect(server.requests.last?.headers["if-modified-since"] == LocalServer.lastModified)
    }

    @Test func serverErrorsAreRetriedThenReported() throws {
        let server = try LocalServer()
        server.route(Self.path, .status(500))
        let result = try Self.fetcher(server, retries: 2).fetch(Self.source, validators: nil)
        guard case .failed(let message) = result.outcome else {
            Issue.record("\(result.outcome)")
            return
        }
        #expect(message == "HTTP 500 Internal Server Error (after 3 attempts)")
        #expect(result.attempts == 3 && server.requests.count == 3)

        server.route(
            Self.path,
            .failFirst(
                2, then: .serve(Array("Article 1er\nTexte.\n".utf8), contentType: "text/plain", conditional: true)))
        let recovered = try Self.fetcher(server, retries: 2).fetch(Self.source, validators: nil)
        guard case .fetched = recovered.outcome else {
            Issue.record("\(recovered.outcome)")
            return
        }
        #expect(recovered.attempts == 3)
    }

    /// A 503 with `Retry-After` waits what the server asks, within `maxRetryAfter`; asking for more
    /// fails at once rather than stall the sync.
    @Test func retryAfterIsHonouredWithinBounds() throws {
        let server = try LocalServer()
        let text = LocalServer.Behavior.serve(
            Array("Article 1er\nTexte.\n".utf8), contentType: "text/plain", conditional: true)
        server.route(Self.path, .retryAfter("1", then: text))
        let start = Date()
        let waited = try Self.fetcher(server, retries: 1).fetch(Self.source, validators: nil)
        guard case .fetched = waited.outcome else {
            Issue.record("\(waited.outcome)")
            return
        }
        #expect(waited.attempts == 2)
        #expect(Date().timeIntervalSince(start) >= 0.9, "the second request came after the second asked for")

        server.route(Self.path, .retryAfter("3600", then: text))
        let refused = try Self.fetcher(server, retries: 3).fetch(Self.source, validators: nil)
        guard case .failed(let message) = refused.outcome else {
            Issue.record("\(refused.outcome)")
            return
        }
        #expect(message == "HTTP 503 Service Unavailable; the server asks to wait 3600 s, more than the 120 s allowed")
        #expect(refused.attempts == 1)
    }

    @Test func notFoundIsNotRetried() throws {
        let server = try LocalServer()
        let result = try Self.fetcher(server, retries: 3).fetch(Self.source, validators: nil)
        guard case .failed(let message) = result.outcome else {
            Issue.record("\(result.outcome)")
            return
        }
        #expect(message == "HTTP 404 Not Found")
        #expect(result.attempts == 1 && result.status == 404)
    }

    @Test func aStalledResponseTimesOut() throws {
        let server = try LocalServer()
        server.route(Self.path, .stall(seconds: 20, Array("late".utf8)))
        let started = Date()
        // 0.4 s is rounded up to FoundationNetworking's whole second.
        let result = try Self.fetcher(server, retries: 1, timeout: 0.4).fetch(Self.source, validators: nil)
        guard case .failed(let message) = result.outcome else {
            Issue.record("\(result.outcome)")
            return
        }
        #expect(message == "timed out after 1 s (after 2 attempts)")
        #expect(result.attempts == 2)
        // Two attempts of about a second each, far from the 20 s the server would take.
        #expect(Date().timeIntervalSince(started) < 15)
    }

    @Test func aBodyCutShortIsAFailure() throws {
        let server = try LocalServer()
        server.route(Self.path, .cut(try Corpus.bytes(Self.excerpt), contentType: "text/plain"))
        let result = try Self.fetcher(server, retries: 1).fetch(Self.source, validators: nil)
        guard case .failed(let message) = result.outcome else {
            Issue.record("cut body accepted: \(result.outcome)")
            return
        }
        // Content-Length announced in full, half sent: libcurl reports the missing bytes.
        #expect(message.hasPrefix("network error: transfer closed with") && message.hasSuffix("(after 2 attempts)"))
        #expect(result.attempts == 2)
    }

    @Test func aRedirectLoopStops() throws {
        let server = try LocalServer()
        server.route(Self.path, .redirectLoop)
        let result = try Self.fetcher(server, retries: 2).fetch(Self.source, validators: nil)
        guard case .failed(let message) = result.outcome else {
            Issue.record("\(result.outcome)")
            return
        }
        #expect(message == "redirect loop: more than 4 redirects")
        #expect(result.attempts == 1)
        #expect(server.requests.count <= 6)
    }
}
