import Foundation
import NavetteCore
import NavetteFormats
import TestSupport
import Testing
import ZIPFoundation

/// Zip archives of amendment files, as the Assemblée publishes its dumps: the 4,464 real amendments
/// on PLFSS 2026 (`an-amendements-l17/`), and small archives made here from corpus files.
@Suite struct AmendmentArchiveTests {
    static let plfss = "an-amendements-l17/PRJLANR5L17B1907-amendements.zip"

    /// Writes a zip holding `members` (name → bytes) and returns its path.
    static func zip(_ members: [(String, [UInt8])], in directory: TemporaryDirectory) throws -> String {
        let path = directory.path + "/dump.zip"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, bytes) in members {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
            ) { position, size in
                Data(bytes[Int(position)..<Int(position) + size])
            }
        }
        return path
    }

    @Test func thePLFSS2026DumpReadsWhole() throws {
        let archive = try PLFSS2026.amendments.get()
        #expect(archive.format == .anJSON)
        #expect(archive.file == Corpus.path(Self.plfss))
        #expect(archive.amendments.count == 4464)
        #expect(archive.diagnostics.isEmpty, "\(archive.diagnostics.prefix(3))")
        var fates: [AmendmentFate: Int] = [:]
        for amendment in archive.amendments { fates[amendment.fate, default: 0] += 1 }
        #expect(
            fates == [
                .adopte: 555, .rejete: 886, .tombe: 513, .nonSoutenu: 191, .retire: 460, .irrecevable: 1592,
                .unknown: 267,
            ])
        #expect(archive.amendments.filter { $0.parent != nil }.count == 144)
        #expect(archive.amendments.filter { !$0.dispositif.isEmpty }.count == 2812)
        let as13 = try #require(archive.amendments.first { $0.number == "AS13" })
        #expect(
            as13.file == Corpus.path(Self.plfss)
                + "#DLR5L17N52922/PRJLANR5L17B1907/AMANR5L17PO420120B1907P0D1N000013.json")
        #expect(as13.target.alinea == 22)
    }

    @Test func theStreamHandsMembersOneByOneAndStopsWhenAsked() throws {
        struct Enough: Error {}
        var names: [String] = []
        #expect(throws: Enough.self) {
            try AmendmentStream.forEach(path: Corpus.path(Self.plfss)) { file in
                names.append(file.file)
                if names.count == 3 { throw Enough() }
            }
        }
        #expect(names.count == 3)
        #expect(names == names.sorted())
        #expect(
            names.allSatisfy { $0.hasPrefix(Corpus.path(Self.plfss) + "#DLR5L17N52922/PRJLANR5L17B1907/AMANR5L17") })
    }

    @Test func aSmallArchiveSkipsWhatIsNotAmendmentsAndReportsWhatFails() throws {
        let directory = try TemporaryDirectory()
        let folder = "formats/current/an-amendements-json/"
        let path = try Self.zip(
            [
                ("DLR/T/AMAN2.json", try Corpus.bytes(folder + "AMANR5L17PO838901B1907P0D1N002611.json")),
                ("DLR/T/AMAN1.json", try Corpus.bytes(folder + "AMANR5L17PO420120B1907P0D1N000013.json")),
                ("LISEZMOI.txt", Array("Données de l'Assemblée nationale\n".utf8)),
                (
                    "DLR/T/AMAN3.json",
                    Array("{\"amendement\": {\"@xmlns\": \"http://schemas.assemblee-nationale.fr/referentiel".utf8)
                ),
            ], in: directory)
        var amendments: [(String, String)] = []
        let summary = try AmendmentStream.forEachAmendment(path: path) { amendment, file in
            amendments.append((amendment.number, file.file))
        }
        #expect(amendments.map(\.0) == ["AS13", "2611"])
        #expect(amendments.map(\.1) == [path + "#DLR/T/AMAN1.json", path + "#DLR/T/AMAN2.json"])
        #expect(summary.files == 2)
        #expect(summary.skipped == ["LISEZMOI.txt"])
        #expect(summary.failures.map(\.file) == [path + "#DLR/T/AMAN3.json"])
        let files = try AmendmentLoader.read(paths: [path])
        #expect(files.count == 1)
        #expect(files[0].amendments.map(\.number) == ["AS13", "2611"])
        #expect(
            files[0].diagnostics.map(\.message).contains { $0.hasPrefix("could not be read: \(path)#DLR/T/AMAN3.json") }
        )
    }

    @Test func aBrokenArchiveIsOneLine() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("broken.zip", [0x50, 0x4B, 0x03, 0x04] + Array("pas une archive".utf8))
        let error = try #require(throws: ReadError.self) { try AmendmentLoader.read(paths: [path]) }
        #expect(error.file == path)
        #expect(error.message.hasPrefix("not a readable zip archive"))
        #expect(!error.description.contains("\n"))
        let empty = try Self.zip([("LISEZMOI.txt", Array("rien\n".utf8))], in: directory)
        let none = try #require(throws: ReadError.self) { try AmendmentLoader.read(paths: [empty]) }
        #expect(none.description == "\(empty): no amendment file in this archive (1 other files)")
    }
}
