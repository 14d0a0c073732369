import ArgumentParser
import Foundation
import NavetteIndex
import NavetteStore

/// `navette index`: builds the searchable index of a legislature's amendments.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build the searchable index of amendments in the SQLite store.",
        subcommands: [IndexAmendments.self]
    )
}

/// `navette index amendments PATH…`: streams amendments into the store's index.
struct IndexAmendments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amendments",
        abstract: "Read amendments (files, directory trees, zip archives) into the store's full-text index.",
        discussion: """
            Reads every amendment format navette reads (AN open-data JSON and XML, AN pages, Akoma Ntoso, \
            Sénat Ameli CSV and discussion JSON, La Fabrique JSON, page excerpts), from files, directory \
            trees and zip archives such as the Assemblée's open-data dump (members are inflated in memory, \
            one at a time, never unpacked to disk). Writes go by batch, one transaction each: run the \
            same command again after an interruption and it continues where it stopped, skipping what is \
            already indexed. An amendment read again with another fate (or text) is updated, and the \
            change kept in the history. A corrupt member, an object missing fields or a record cut short \
            is skipped with one warning naming the file and member, and counted in the summary.

            Examples:
              navette index amendments ../shared/corpus/an-amendements-l17/PRJLANR5L17B1907-amendements.zip
              navette index amendments ../shared/corpus/formats/senat-ameli-csv --store amendments.sqlite
              navette amendments search "vidéoprotection" --store amendments.sqlite
            """
    )

    @Argument(help: "Amendment files, directories and zip archives.")
    var paths: [String]

    @Option(name: .long, help: "The SQLite store. Default: .navette/navette.sqlite, or $NAVETTE_STORE.")
    var store: String?

    @Option(name: .customLong("batch"), help: "Amendments per transaction.")
    var batchSize = 2000

    @Option(name: .customLong("stop-after-batches"), help: .hidden)
    var stopAfterBatches: Int?

    /// Warnings that skip nothing (a reader's guess) are printed up to this many; all are counted.
    static let notesShown = 20

    func validate() throws {
        if batchSize < 1 { throw ValidationError("--batch must be 1 or more") }
    }

    func run() throws {
        let index = try AmendmentIndex(path: store ?? AmendmentIndex.defaultPath)
        var options = IngestOptions(batchSize: batchSize, stopAfterBatches: stopAfterBatches)
        options.beforeCommit = FaultInjection.pauseBeforeCommit()
        let line = StatusLine()
        let ingester = AmendmentIngester(
            index: index, options: options,
            warn: { warning in
                guard warning.skipped || line.countNote() <= Self.notesShown else { return }
                line.clear()
                StandardError.write("navette: warning: \(warning)\n")
            },
            progress: { progress in
                line.show("\(progress.amendments) amendments from \(progress.filesWritten) files or members")
            })
        let summary = try ingester.ingest(paths: paths)
        line.clear()
        Console.out(summary.text)
        let total = try index.counts()
        Console.out("the index holds \(total.amendments) amendments: \(index.path)\n")
        if summary.amendmentsRead == 0 && summary.filesAlreadyIndexed == 0 {
            throw UserError.notFound("no amendment found in \(paths.joined(separator: ", "))")
        }
    }
}
