import Foundation
import NavetteCore
import NavetteIndex
import NavetteStore
import TestSupport
import Testing
import ZIPFoundation

/// Resumption, updates with history, bad input and a full disk, on real amendment files.
@Suite struct IngestionTests {
    static let ameli = IndexSearchTests.ameli

    /// The Ameli CSV as windows-1252 text, to derive altered copies from.
    static func ameliText() throws -> String {
        try #require(
            String(
                data: Data(try Corpus.bytes("formats/senat-ameli-csv/jeu_complet_commission_2013-2014_310.csv")),
                encoding: .windowsCP1252))
    }

    static func write(_ text: String, to name: String, in directory: TemporaryDirectory) throws -> String {
        try directory.write(name, [UInt8](try #require(text.data(using: .windowsCP1252))))
    }

    @Test func aRunStoppedAfterSomeBatchesContinuesWithoutDuplicates() throws {
        let directory = try TemporaryDirectory()
        let paths = [Corpus.path("amendments"), Self.ameli]
        let whole = try AmendmentIndex(path: directory.path + "/whole.sqlite")
        let once = try AmendmentIngester(index: whole, options: IngestOptions(batchSize: 1)).ingest(paths: paths)

        let index = try AmendmentIndex(path: directory.path + "/resumed.sqlite")
        let stopped = try AmendmentIngester(index: index, options: IngestOptions(batchSize: 1, stopAfterBatches: 4))
            .ingest(paths: paths)
        #expect(stopped.stopped)
        #expect(stopped.batches == 4)
        #expect(try index.counts().sources == 4)
        let resumed = try AmendmentIngester(index: index, options: IngestOptions(batchSize: 1)).ingest(paths: paths)
        #expect(resumed.filesAlreadyIndexed == 4)
        #expect(resumed.filesRead == once.filesRead - 4)
        #expect(try index.counts().amendments == whole.counts().amendments)
        #expect(try index.counts().sources == whole.counts().sources)
        #expect(try index.count(AmendmentQuery(text: "")) == whole.count(AmendmentQuery(text: "")))

        // A third run reads nothing and changes nothing.
        let again = try AmendmentIngester(index: index).ingest(paths: paths)
        #expect(again.filesRead == 0)
        #expect(again.counts == BatchCounts())
        #expect(try index.integrityCheck() == ["ok"])
    }

    @Test func aChangedFateUpdatesTheAmendmentAndIsKeptInTheHistory() throws {
        let directory = try TemporaryDirectory()
        let text = try Self.ameliText()
        let file = try Self.write(text, to: "jeu_complet.csv", in: directory)
        let index = try AmendmentIndex(path: directory.path + "/navette.sqlite")
        _ = try AmendmentIngester(index: index).ingest(paths: [file])
        #expect(
            try index.search(AmendmentQuery(text: "", fate: .adopte)).contains { $0.amendment.number == "COM-2 rect." }
                == false)

        // The Sénat's next export: COM-2 rect. is now adopted.
        let before = "\tSatisfait ou sans objet\t//www.senat.fr/amendements/commissions/2013-2014/310/Amdt_COM-2.html"
        #expect(text.contains(before))
        let changed = text.replacing(
            before, with: "\tAdopté\t//www.senat.fr/amendements/commissions/2013-2014/310/Amdt_COM-2.html")
        _ = try Self.write(changed + "\r\n", to: "jeu_complet.csv", in: directory)
        let summary = try AmendmentIngester(index: index).ingest(paths: [file])
        #expect(summary.counts.updated == 1)
        #expect(summary.counts.unchanged == 126)
        #expect(try index.counts().amendments == 127)
        let adopted = try index.search(AmendmentQuery(text: "", fate: .adopte, limit: 200))
        #expect(adopted.contains { $0.amendment.number == "COM-2 rect." })
        let history = try index.history(number: "COM-2")
        #expect(history.count == 1)
        #expect(history.first?.fields["fate"] == ["tombé", "adopté"])
        #expect(history.first?.fields["fateText"] == ["Satisfait ou sans objet", "Adopté"])
        #expect(history.first?.source.hasSuffix("jeu_complet.csv") == true)
    }

    @Test func badInputIsSkippedWithOneWarningEachAndCounted() throws {
        let directory = try TemporaryDirectory()
        // A zip of real amendment files, one member's deflated bytes damaged.
        let zipPath = directory.path + "/amendments.zip"
        let archive = try Archive(url: URL(fileURLWithPath: zipPath), accessMode: .create)
        let names = [
            "assemblee-nationale-0939-AN-27.txt", "assemblee-nationale-0939-AN-585.txt",
            "assemblee-nationale-0809-CION_LOIS-CL357.txt",
        ]
        for name in names {
            try archive.addEntry(
                with: "an/" + name, fileURL: URL(fileURLWithPath: Corpus.path("amendments/an/" + name)),
                compressionMethod: .deflate)
        }
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: zipPath)))
        let name = Array(("an/" + names[1]).utf8)
        // The first copy of the name is in the member's local header; its deflated bytes follow.
        let header = try #require(
            (0...(bytes.count - name.count)).first { Array(bytes[$0..<($0 + name.count)]) == name })
        let start = header + name.count + 20
        for offset in start..<(start + 16) { bytes[offset] ^= 0x5A }
        try Data(bytes).write(to: URL(fileURLWithPath: zipPath))

        // An Ameli CSV whose fourth record is cut short.
        let lines = try Self.ameliText().components(separatedBy: "\r\n")
        let cut = lines[0..<5] + [lines[5].split(separator: "\t").prefix(5).joined(separator: "\t")]
        let csv = try Self.write(cut.joined(separator: "\r\n"), to: "cut.csv", in: directory)

        let index = try AmendmentIndex(path: directory.path + "/navette.sqlite")
        let told = Told()
        let summary = try AmendmentIngester(index: index, warn: { told.append($0) }).ingest(paths: [zipPath, csv])
        let skipped = summary.warnings.filter(\.skipped)
        #expect(skipped.count == 2)
        #expect(skipped.contains { $0.source == zipPath + ": an/" + names[1] && $0.message.contains("corrupt") })
        #expect(
            skipped.contains { $0.source == csv && $0.message.contains("cut short") && $0.message.contains("COM-4") })
        #expect(told.warnings.filter(\.skipped).count == 2)
        #expect(summary.text.contains("2 files, members or records skipped, each with a warning"))
        let numbers = Set(try index.search(AmendmentQuery(text: "", limit: 100)).map(\.amendment.number))
        #expect(numbers == ["27", "CL357", "COM-1 rect.", "COM-2 rect.", "COM-3"])
    }

    @Test func aFullDiskLeavesTheStoreAsItWas() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/navette.sqlite"
        do {
            let index = try AmendmentIndex(path: path)
            _ = try AmendmentIngester(index: index).ingest(paths: [Corpus.path("amendments/an")])
        }
        let pages = try #require(try pageCount(path))
        let before = try AmendmentIndex(path: path).counts()
        let full = try AmendmentIndex(path: path, maximumPages: pages + 2)
        let error = #expect(throws: StoreError.self) {
            try AmendmentIngester(index: full, options: IngestOptions(batchSize: 10_000)).ingest(paths: [Self.ameli])
        }
        #expect(error?.description.contains("the disk is full") == true)
        #expect(error?.description.hasPrefix(path) == true)
        let after = try AmendmentIndex(path: path)
        #expect(try after.counts() == before)
        #expect(try after.integrityCheck() == ["ok"])
    }

    private func pageCount(_ path: String) throws -> Int? {
        let index = try AmendmentIndex(path: path)
        return try index.pageCount()
    }
}

/// Warnings as the ingester tells them, from its reading thread.
final class Told: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [IngestWarning] = []
    func append(_ warning: IngestWarning) { lock.withLock { list.append(warning) } }
    var warnings: [IngestWarning] { lock.withLock { list } }
}
