import Foundation
import NavetteCore
import NavetteFormats
import TestSupport
import Testing

/// Guards the readers' output while they are rewritten for speed: every corpus file a reader accepts
/// (and every La Fabrique dossier) is read, its model written out canonically (articles, labels,
/// statuses, alinéa texts and placeholders, divisions, diagnostics, metadata) and digested; the digests
/// must equal those recorded in `Tests/ModelDigests/readers.txt` (facts about the files, no text).
///
/// The folded form of each alinéa is left out: it is a function of the text owned by `Folding`.
/// A reader changed on purpose re-records with
/// `NAVETTE_RECORD_DIGESTS=1 swift test --filter ReaderModelDigestTests` (then review the diff).
@Suite struct ReaderModelDigestTests {
    static let recorded = Corpus.packageRoot + "/Tests/ModelDigests/readers.txt"

    @Test func everyRecordedModelIsUnchanged() throws {
        let current = try Self.digests()
        #expect(current.count > 100, "the corpus should give over a hundred readable files")
        if ProcessInfo.processInfo.environment["NAVETTE_RECORD_DIGESTS"] == "1" {
            let lines = current.keys.sorted().map { "\(current[$0]!)  \($0)" }
            try (lines.joined(separator: "\n") + "\n").write(toFile: Self.recorded, atomically: true, encoding: .utf8)
        }
        let text = try String(contentsOfFile: Self.recorded, encoding: .utf8)
        var expected: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            expected[parts[1].trimmingCharacters(in: .whitespaces)] = String(parts[0])
        }
        #expect(expected.count > 100, "Tests/ModelDigests/readers.txt should list the corpus files")
        for path in expected.keys.sorted() {
            // A file newly read (a new reader) is not a change of what was read before: only recorded
            // files are checked, and each must still read to the same model.
            #expect(current[path] == expected[path], "model of \(path) changed (or it no longer reads)")
        }
    }

    /// Corpus-relative path -> digest of the model, for every file and dossier navette reads.
    static func digests() throws -> [String: String] {
        let root = Corpus.root
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: root])
        }
        var digests: [String: String] = [:]
        for case let relative as String in walker {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                guard relative.hasPrefix("lafabrique/"), relative.split(separator: "/").count == 2,
                    let dossier = try? LaFabriqueReader.readDossier(directory: path)
                else { continue }
                let canonical = dossier.readings.map { ModelText.canonical($0, root: root) }.joined(separator: "\n")
                digests[relative + "/"] = Digest.fnv1a(canonical)
                continue
            }
            guard !relative.hasSuffix(".zip"), let bytes = try? Corpus.bytes(relative),
                let reading = try? DocumentLoader.readReading(bytes: bytes, file: relative)
            else { continue }
            digests[relative] = Digest.fnv1a(ModelText.canonical(reading, root: root))
        }
        return digests
    }
}

/// A reading written out field by field, one line each, paths made relative to the corpus.
enum ModelText {
    static func canonical(_ reading: Reading, root: String) -> String {
        var lines: [String] = []
        func add(_ parts: Any?...) {
            lines.append(
                parts.map { $0.map { "\($0)" } ?? "∅" }.joined(separator: "|").replacingOccurrences(
                    of: root + "/", with: ""))
        }
        add("reading", reading.id, reading.chamber.rawValue, reading.stage, reading.step, reading.date, reading.title)
        add("source", reading.source, reading.coverage)
        for division in reading.divisions {
            add(
                "division", division.kind.rawValue, division.label, division.heading, division.depth,
                division.firstArticle)
        }
        for article in reading.articles {
            add(
                "article", article.label, article.number.key, article.flags.map(\.rawValue).sorted(),
                article.status.rawValue,
                article.heading, article.division)
            for alinea in article.alineas { add("alinea", alinea.text, alinea.placeholder) }
        }
        for diagnostic in reading.diagnostics {
            add("diagnostic", diagnostic.severity.rawValue, diagnostic.message, diagnostic.source, diagnostic.article)
        }
        return lines.joined(separator: "\n")
    }
}

/// FNV-1a, 64 bits: a regression digest (not a security one), stable across machines.
enum Digest {
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
