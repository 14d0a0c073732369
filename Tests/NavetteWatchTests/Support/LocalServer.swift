import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore

#if canImport(Glibc)
    import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 (an ephemeral port), in the test process: it serves real
/// corpus files and misbehaves on demand. One thread per connection, `Connection: close`.
final class LocalServer: @unchecked Sendable {
    indirect enum Behavior: Sendable {
        /// 200 with the bytes; with `conditional`, a matching If-None-Match gets 304.
        case serve([UInt8], contentType: String, conditional: Bool)
        case status(Int)
        /// `count` answers 500, then `then`.
        case failFirst(Int, then: Behavior)
        /// Sends the headers, then nothing for `seconds` (or until `releaseStalls()`).
        case stall(seconds: TimeInterval, [UInt8])
        /// Announces the whole length, sends half, closes.
        case cut([UInt8], contentType: String)
        /// 302 to the same path, forever.
        case redirectLoop
        /// Records the request body, answers `status`.
        case sink(status: Int)
        /// 200 with bytes already encoded (`gzip`), sent as they are with that Content-Encoding.
        case encoded([UInt8], encoding: String)
        /// A chunked body that never ends (until the client goes away).
        case endless
        /// Announces a long body and sends one byte every `interval` seconds, for ever.
        case trickle(interval: TimeInterval)
        /// 302 to `location`.
        case redirect(to: String)
        /// 503 with `Retry-After: seconds` the first time, then `then`.
        case retryAfter(String, then: Behavior)
    }

    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: [UInt8]
    }

    static let lastModified = "Wed, 01 Mar 2023 10:00:00 GMT"

    let port: UInt16
    private let socket: Int32
    private let lock = NSLock()
    private var routes: [String: Behavior] = [:]
    private var hits: [String: Int] = [:]
    private var log: [Request] = []
    private var stopped = false
    private var stallsReleased = false

    init() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError("socket() failed") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 64) == 0 else { throw ServerError("bind/listen on 127.0.0.1 failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socket = fd
        port = UInt16(bigEndian: address.sin_port)
        let listener = socket
        Thread { [weak self] in
            while true {
                let client = accept(listener, nil, nil)
                guard client >= 0 else { return }
                guard let self else {
                    close(client)
                    return
                }
                Thread { self.handle(client) }.start()
            }
        }.start()
    }

    deinit { stop() }

    var base: String { "http://127.0.0.1:\(port)" }

    func route(_ path: String, _ behavior: Behavior) {
        lock.lock()
        defer { lock.unlock() }
        routes[path] = behavior
        hits[path] = 0
    }

    /// Serves a corpus file (or any bytes) at `path`.
    func serve(
        _ path: String, _ bytes: [UInt8], contentType: String = "text/html; charset=utf-8", conditional: Bool = true
    ) {
        route(path, .serve(bytes, contentType: contentType, conditional: conditional))
    }

    var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return log
    }

    /// Ends every stall now: a test that needs a server to hold a request "long enough" holds it for
    /// as long as the test needs, whatever the machine's load, then lets it go.
    func releaseStalls() {
        lock.lock()
        stallsReleased = true
        lock.unlock()
    }

    private var isStallReleased: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped || stallsReleased
    }

    func stop() {
        lock.lock()
        let wasStopped = stopped
        stopped = true
        lock.unlock()
        if !wasStopped {
            shutdown(socket, Int32(SHUT_RDWR))
            close(socket)
        }
    }

    // MARK: Connection

    private func handle(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = read(client) else { return }
        lock.lock()
        log.append(request)
        let behavior = routes[request.path]
        let hit = (hits[request.path] ?? 0) + 1
        hits[request.path] = hit
        lock.unlock()
        guard let behavior else { return respond(client, status: 404, body: Array("not found\n".utf8)) }
        answer(client, request, behavior, hit: hit)
    }

    private func answer(_ client: Int32, _ request: Request, _ behavior: Behavior, hit: Int) {
        switch behavior {
        case .serve(let bytes, let contentType, let conditional):
            let etag = "\"\(ContentHash.sha256(bytes).prefix(16))\""
            if conditional, request.headers["if-none-match"] == etag {
                return respond(
                    client, status: 304, headers: ["ETag": etag, "Last-Modified": Self.lastModified], body: [])
            }
            respond(
                client, status: 200,
                headers: ["Content-Type": contentType, "ETag": etag, "Last-Modified": Self.lastModified], body: bytes)
        case .status(let status):
            respond(client, status: status, body: Array("status \(status)\n".utf8))
        case .failFirst(let count, let then):
            if hit <= count { return respond(client, status: 500, body: Array("boom\n".utf8)) }
            answer(client, request, then, hit: hit - count)
        case .stall(let seconds, let bytes):
            send(
                client,
                Array(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \(bytes.count)\r\nConnection: close\r\n\r\n"
                        .utf8))
            let end = Date().addingTimeInterval(seconds)
            while Date() < end, !isStallReleased { Thread.sleep(forTimeInterval: 0.05) }
            send(client, bytes)
        case .cut(let bytes, let contentType):
            send(
                client,
                Array(
                    "HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nContent-Length: \(bytes.count)\r\nConnection: close\r\n\r\n"
                        .utf8))
            send(client, Array(bytes.prefix(bytes.count / 2)))
        case .redirectLoop:
            respond(client, status: 302, headers: ["Location": request.path], body: [])
        case .sink(let status):
            respond(client, status: status, body: [])
        case .encoded(let bytes, let encoding):
            let head = "Content-Type: text/plain\r\nContent-Encoding: \(encoding)\r\nContent-Length: \(bytes.count)"
            send(client, Array("HTTP/1.1 200 OK\r\n\(head)\r\nConnection: close\r\n\r\n".utf8) + bytes)
        case .endless:
            send(
                client, Array("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n".utf8))
            let chunk =
                Array("4000\r\n".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 0x4000) + Array("\r\n".utf8)
            while !isStopped, send(client, chunk) {}
        case .trickle(let interval):
            send(client, Array("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000000\r\n\r\n".utf8))
            while !isStopped, send(client, [UInt8(ascii: "a")]) { Thread.sleep(forTimeInterval: interval) }
        case .redirect(let location):
            respond(client, status: 302, headers: ["Location": location], body: [])
        case .retryAfter(let seconds, let then):
            if hit == 1 {
                return respond(client, status: 503, headers: ["Retry-After": seconds], body: Array("busy\n".utf8))
            }
            answer(client, request, then, hit: hit - 1)
        }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func respond(_ client: Int32, status: Int, headers: [String: String] = [:], body: [UInt8]) {
        let reasons = [
            200: "OK", 204: "No Content", 302: "Found", 304: "Not Modified", 404: "Not Found",
            500: "Internal Server Error", 503: "Service Unavailable",
        ]
        var head = "HTTP/1.1 \(status) \(reasons[status] ?? "Status")\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if headers["Content-Type"] == nil, !body.isEmpty { head += "Content-Type: text/plain\r\n" }
        head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        send(client, Array(head.utf8) + body)
    }

    /// Sends every byte; false when the client went away.
    @discardableResult
    private func send(_ client: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    private func read(_ client: Int32) -> Request? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        var headerEnd: Int?
        while headerEnd == nil {
            let count = recv(client, &buffer, buffer.count, 0)
            if count <= 0 { return nil }
            data += buffer[0..<count]
            headerEnd = data.firstRange(of: Array("\r\n\r\n".utf8))?.upperBound
        }
        let head = String(decoding: data[..<headerEnd!], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        var body = Array(data[headerEnd!...])
        let length = headers["content-length"].flatMap(Int.init) ?? 0
        while body.count < length {
            let count = recv(client, &buffer, buffer.count, 0)
            if count <= 0 { break }
            body += buffer[0..<count]
        }
        return Request(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: body)
    }
}

struct ServerError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
