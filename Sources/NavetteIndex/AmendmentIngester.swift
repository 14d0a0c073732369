import Foundation
import NavetteCore
import NavetteFormats
import NavetteStore

/// Streams amendments from files, directory trees and zip archives into an `AmendmentIndex`.
///
/// One thread walks the paths and loads the bytes (inflating a member: a zip archive is read by one
/// thread), `options.readers` threads read them (detect, parse, hash) and the calling thread writes
/// batches to SQLite, one transaction each, with the files they came from. The readers' results are
/// taken in the order of the walk (`OrderedWork`), so batches, warnings and counts are the same
/// whatever the number of readers. Files and members already indexed with the same fingerprint are
/// skipped without being read, so a run that was killed continues where its last batch landed.
/// Memory: at most `2 × batchSize` readings in flight, and two loaded files or members per reader.
public struct AmendmentIngester: Sendable {
    public var index: AmendmentIndex
    public var options: IngestOptions
    /// Told of each file or member skipped, in the order of the walk (on the writing thread).
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
        let work = OrderedWork<WalkedUnit, UnitOutcome>(window: max(64, 2 * options.batchSize)) { unit in
            switch unit {
            case .load(let loaded): MemberReading.read(loaded)
            case .resolved(let outcome): outcome
            }
        }
        let walk = Walk(options: options, indexed: try index.indexedSources(), work: work)
        work.start(workers: options.readers)
        let thread = Thread { walk.run(paths) }
        thread.stackSize = 8 << 20
        thread.start()
        var summary = IngestSummary()
        var batch: [IndexedFile] = []
        var batchAmendments = 0
        var written = (files: 0, amendments: 0)
        func write() throws {
            summary.counts += try index.write(batch, beforeCommit: options.beforeCommit)
            summary.batches += 1
            written.amendments += batch.reduce(0) { $0 + $1.amendments.count }
            written.files += batch.count
            progress(IngestProgress(filesWritten: written.files, amendments: written.amendments))
            batch = []
            batchAmendments = 0
        }
        do {
            while let outcome = work.take() {
                switch outcome {
                case .alreadyIndexed: summary.filesAlreadyIndexed += 1
                case .skipped(let warning): note(warning, in: &summary)
                case .read(let file, let warnings, let isAmendments):
                    summary.filesRead += 1
                    if !isAmendments { summary.otherFiles += 1 }
                    for warning in warnings { note(warning, in: &summary) }
                    guard let file else { continue }
                    summary.amendmentsRead += file.amendments.count
                    batch.append(file)
                    batchAmendments += max(file.amendments.count, 1)
                }
                if batchAmendments >= options.batchSize {
                    try write()
                    if let stop = options.stopAfterBatches, summary.batches >= stop {
                        summary.stopped = true
                        break
                    }
                }
            }
            if !summary.stopped, !batch.isEmpty {
                try write()
                if let stop = options.stopAfterBatches, summary.batches >= stop { summary.stopped = true }
            }
        } catch {
            work.cancel()
            _ = walk.waitForEnd()
            throw error
        }
        work.cancel()
        if let error = walk.waitForEnd() { throw error }
        if summary.stopped {
            summary.filesRead = written.files
            summary.amendmentsRead = written.amendments
        }
        return summary
    }

    private func note(_ warning: IngestWarning, in summary: inout IngestSummary) {
        summary.warnings.append(warning)
        warn(warning)
    }
}

/// The walking side: walks the paths, loads each file or member not indexed yet and hands it over.
private final class Walk: @unchecked Sendable {
    let options: IngestOptions
    let indexed: [String: [String: String]]
    let work: OrderedWork<WalkedUnit, UnitOutcome>
    private let ended = NSCondition()
    private var result: (done: Bool, error: (any Error)?) = (false, nil)

    init(options: IngestOptions, indexed: [String: [String: String]], work: OrderedWork<WalkedUnit, UnitOutcome>) {
        self.options = options
        self.indexed = indexed
        self.work = work
    }

    func run(_ paths: [String]) {
        var failure: (any Error)?
        let work = self.work
        let walker = SourceWalker(
            memberLimit: options.memberLimit, visit: { [unowned self] unit in visit(unit) },
            warn: { label, message in
                _ = work.submit(.resolved(.skipped(IngestWarning(source: label, message: message, skipped: true))))
            })
        do { try walker.walk(paths) } catch { failure = error }
        work.finishInput()
        ended.lock()
        result = (true, failure)
        ended.broadcast()
        ended.unlock()
    }

    /// Loads one unit and hands it over; false once the writer has stopped.
    private func visit(_ unit: SourceUnit) -> Bool {
        if indexed[unit.file]?[unit.member ?? ""] == unit.fingerprint { return work.submit(.resolved(.alreadyIndexed)) }
        do {
            let bytes = try unit.load()
            return work.submit(
                .load(LoadedUnit(file: unit.file, member: unit.member, fingerprint: unit.fingerprint, bytes: bytes)))
        } catch {
            let warning = IngestWarning(source: unit.label, message: "\(error), skipped", skipped: true)
            return work.submit(.resolved(.skipped(warning)))
        }
    }

    /// Waits for the walk to end; the error that stopped it, if any.
    func waitForEnd() -> (any Error)? {
        ended.lock()
        defer { ended.unlock() }
        while !result.done { ended.wait() }
        return result.error
    }
}
