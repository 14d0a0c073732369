import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore

/// Streams amendments from files, directory trees and zip archives into an `AmendmentIndex`.
///
/// Two threads: one walks and reads (inflating a member, parsing it, hashing it), the other writes
/// batches to SQLite, one transaction each, with the files they came from. Files and members already
/// indexed with the same fingerprint are skipped without being read, so a run that was killed
/// continues where its last batch landed. Memory: two batches in flight and one member at a time.
public struct AmendmentIngester: Sendable {
    public var index: AmendmentIndex
    public var options: IngestOptions
    /// Told of each file or member skipped, as it happens (on the reading thread).
    public var warn: @Sendable (IngestWarning) -> Void
    /// Told after each batch lands.
    public var progress: @Sendable (IngestProgress) -> Void

    public init(
        index: AmendmentIndex, options: IngestOptions = IngestOptions(),
        warn: @escaping @Sendable (IngestWarning) -> Void = { _ in },
        progress: @escaping @Sendable (IngestProgress) -> Void = { _ in }
    ) {
        self.index = index
        self.options = options
        self.warn = warn
        self.progress = progress
    }

    /// Reads `paths` into the index.
    /// - Throws: `ReadError` for a path that does not exist (before anything is written);
    ///   `StoreError` when the store cannot be written (the batch in progress is not).
    public func ingest(paths: [String]) throws -> IngestSummary {
        let indexed = try index.indexedSources()
        let channel = BatchChannel(capacity: 2)
        let reader = BatchReader(options: options, indexed: indexed, channel: channel, warn: warn)
        let thread = Thread { reader.run(paths) }
        thread.stackSize = 8 << 20
        thread.start()
        var summary = IngestSummary()
        var amendments = 0
        var files = 0
        do {
            while let batch = channel.take() {
                summary.counts += try index.write(batch, beforeCommit: options.beforeCommit)
                summary.batches += 1
                amendments += batch.reduce(0) { $0 + $1.amendments.count }
                files += batch.count
                progress(IngestProgress(filesWritten: files, amendments: amendments))
                if let stop = options.stopAfterBatches, summary.batches >= stop {
                    summary.stopped = true
                    break
                }
            }
        } catch {
            channel.cancel()
            _ = channel.waitForReader()
            throw error
        }
        channel.cancel()
        let read = channel.waitForReader()
        if let error = read.error { throw error }
        summary.filesRead = summary.stopped ? files : read.summary.filesRead
        summary.filesAlreadyIndexed = read.summary.filesAlreadyIndexed
        summary.otherFiles = read.summary.otherFiles
        summary.warnings = read.summary.warnings
        summary.amendmentsRead = summary.stopped ? amendments : read.summary.amendmentsRead
        return summary
    }
}

/// The reading side: walks the paths and hands batches of read files to the channel.
private final class BatchReader: @unchecked Sendable {
    let options: IngestOptions
    let indexed: [String: [String: String]]
    let channel: BatchChannel
    let warn: @Sendable (IngestWarning) -> Void
    var summary = IngestSummary()
    var batch: [IndexedFile] = []
    var batchAmendments = 0

    init(
        options: IngestOptions, indexed: [String: [String: String]], channel: BatchChannel,
        warn: @escaping @Sendable (IngestWarning) -> Void
    ) {
        self.options = options
        self.indexed = indexed
        self.channel = channel
        self.warn = warn
    }

    func run(_ paths: [String]) {
        var failure: (any Error)?
        let walker = SourceWalker(
            memberLimit: options.memberLimit, visit: { [unowned self] unit in read(unit) },
            warn: { [unowned self] label, message in skip(label, message) })
        do {
            try walker.walk(paths)
            if !batch.isEmpty { _ = channel.put(batch) }
        } catch {
            failure = error
        }
        channel.finish(summary: summary, error: failure)
    }

    /// Reads one unit into the batch; false once the writer has stopped.
    private func read(_ unit: SourceUnit) -> Bool {
        if channel.isCancelled { return false }
        if indexed[unit.file]?[unit.member ?? ""] == unit.fingerprint {
            summary.filesAlreadyIndexed += 1
            return true
        }
        let bytes: [UInt8]
        do { bytes = try unit.load() } catch {
            skip(unit.label, "\(error), skipped")
            return true
        }
        summary.filesRead += 1
        var amendments: [Amendment] = []
        if AmendmentFormat.detect(bytes) == nil {
            summary.otherFiles += 1
        } else {
            do {
                let file = try AmendmentLoader.read(bytes: bytes, file: unit.label)
                amendments = file.amendments
                for diagnostic in file.diagnostics where diagnostic.severity == .warning {
                    // Readers end the message of what they leave out with "skipped".
                    skip(unit.label, diagnostic.message, skipped: diagnostic.message.hasSuffix("skipped"))
                }
            } catch let error as ReadError {
                skip(unit.label, "\(error.message), skipped")
                return true
            } catch {
                skip(unit.label, "\(error), skipped")
                return true
            }
        }
        summary.amendmentsRead += amendments.count
        let origin = AmendmentOrigin(file: unit.file, member: unit.member, sha256: ContentHash.sha256(bytes))
        batch.append(IndexedFile(origin: origin, fingerprint: unit.fingerprint, amendments: amendments))
        batchAmendments += max(amendments.count, 1)
        if batchAmendments >= options.batchSize {
            let full = batch
            batch = []
            batchAmendments = 0
            return channel.put(full)
        }
        return true
    }

    private func skip(_ label: String, _ message: String, skipped: Bool = true) {
        let warning = IngestWarning(source: label, message: message, skipped: skipped)
        summary.warnings.append(warning)
        warn(warning)
    }
}

/// A bounded hand-over of batches between the two threads (a condition variable and a queue).
private final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var queue: [[IndexedFile]] = []
    private var finished = false
    private var cancelled = false
    private var result: (summary: IngestSummary, error: (any Error)?)?

    init(capacity: Int) { self.capacity = capacity }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// Waits for room; false when the writer has stopped.
    func put(_ batch: [IndexedFile]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, or nil once the reader has finished and everything was taken.
    func take() -> [IndexedFile]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    func finish(summary: IngestSummary, error: (any Error)?) {
        condition.lock()
        finished = true
        result = (summary, error)
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the reader's end and returns what it read.
    func waitForReader() -> (summary: IngestSummary, error: (any Error)?) {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
