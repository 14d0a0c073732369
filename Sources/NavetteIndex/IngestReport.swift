import Foundation
import NavetteStore

/// How an ingestion is run.
public struct IngestOptions: Sendable {
    /// Amendments per transaction: a kill loses at most the batch in progress.
    public var batchSize = 2000
    /// Stops after this many batches, as a kill would (tests of resumption).
    public var stopAfterBatches: Int?
    /// A zip member inflating past this many bytes is skipped with a warning.
    public var memberLimit = 64 << 20
    /// Runs inside each batch's transaction, before it commits (tests kill the process there).
    public var beforeCommit: (@Sendable () -> Void)?
    /// Threads reading (detecting, parsing, hashing) files and members while the batches are written:
    /// one per processor, at most 4. The results are the same with any number.
    public var readers = min(4, max(1, ProcessInfo.processInfo.activeProcessorCount))

    public init(batchSize: Int = 2000, stopAfterBatches: Int? = nil) {
        self.batchSize = batchSize
        self.stopAfterBatches = stopAfterBatches
    }
}

/// A file, member or record skipped (corrupt, unreadable, a record cut short), or what a reader
/// noticed and worked around (`skipped` false), named in one line.
public struct IngestWarning: Sendable, Hashable, CustomStringConvertible {
    /// `archive.zip: DLR…/AMAN….json`, or the file.
    public var source: String
    public var message: String
    public var skipped: Bool

    public var description: String { "\(source): \(message)" }
}

/// Where an ingestion stands, for a progress line on a terminal.
public struct IngestProgress: Sendable {
    /// Files and members written to the index so far, and the amendments they held.
    public var filesWritten: Int
    public var amendments: Int
}

/// What an ingestion did.
public struct IngestSummary: Sendable {
    /// Files and zip members read, and those skipped because already indexed as they are.
    public var filesRead = 0
    public var filesAlreadyIndexed = 0
    /// Files and members that are not amendments in a format navette reads (skipped without a warning).
    public var otherFiles = 0
    public var amendmentsRead = 0
    public var counts = BatchCounts()
    public var batches = 0
    public var warnings: [IngestWarning] = []
    /// True when `stopAfterBatches` cut the run short.
    public var stopped = false

    public init() {}

    /// One paragraph for the terminal.
    public var text: String {
        var lines = [
            "\(amendmentsRead) amendments read from \(filesRead) files or members"
                + (filesAlreadyIndexed > 0 ? " (\(filesAlreadyIndexed) already indexed, skipped)" : ""),
            "\(counts.inserted) new, \(counts.updated) updated (changes kept in the history), "
                + "\(counts.unchanged) unchanged, in \(batches) batches",
        ]
        if otherFiles > 0 { lines.append("\(otherFiles) files that are not amendments, skipped") }
        let skipped = warnings.filter(\.skipped).count
        if skipped > 0 { lines.append("\(skipped) files, members or records skipped, each with a warning") }
        if warnings.count > skipped { lines.append("\(warnings.count - skipped) other warnings from the readers") }
        if stopped { lines.append("stopped before the end: run again to continue") }
        return lines.joined(separator: "\n") + "\n"
    }
}
