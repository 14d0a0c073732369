import Foundation
import NavetteCore
import NavetteFormats
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Inputs built to hurt: paths that leave the mirror, YAML alias bombs, CSVs with an unclosed quote or
/// a huge field. Each is refused with one line naming the file (and the line), quoting at most a short
/// excerpt of the input.
@Suite struct BoundedInputTests {
    /// A mirror with one good copy, a file beside it, a symbolic link out, a FIFO and a directory.
    static func mirror() throws -> (directory: TemporaryDirectory, mirror: String) {
        let directory = try TemporaryDirectory()
        try directory.write("outside.txt", "Article 1er\nHors du miroir.\n")
        try directory.write("mirror/ok.txt", "Article 1er\nTexte.\n")
        let mirror = directory.path + "/mirror"
        try FileManager.default.createSymbolicLink(
            atPath: mirror + "/link.txt", withDestinationPath: directory.path + "/outside.txt")
        try #require(mkfifo(mirror + "/fifo.txt", 0o600) == 0)
        try FileManager.default.createDirectory(atPath: mirror + "/folder", withIntermediateDirectories: true)
        return (directory, mirror)
    }

    @Test(arguments: [
        ("../outside.txt", "copy '../outside.txt' leaves the mirror"),
        ("ok/../../outside.txt", "copy 'ok/../../outside.txt' leaves the mirror"),
        ("/etc/passwd", "copy '/etc/passwd' is not a path relative to the mirror"),
        ("link.txt", "copy 'link.txt' leads out of the mirror"),
        ("fifo.txt", "copy 'fifo.txt' is not a regular file"),
        ("folder", "copy 'folder' is not a regular file"),
        ("missing.txt", "copy 'missing.txt' not found under the mirror"),
    ])
    func copyOutsideTheMirrorIsRefusedWithFileAndLine(copy: String, message: String) throws {
        let (directory, mirror) = try Self.mirror()
        let yaml =
            "id: x\ntitle: t\nreadings:\n  - id: ok\n    stage: s\n    copy: ok.txt\n  - id: bad\n    stage: s\n    copy: \"\(copy)\"\n"
        let file = try directory.write("manifest.yaml", yaml)
        let manifest = try ManifestReader.read(path: file)
        let error = #expect(throws: ReadError.self) { try ManifestReader.checkCopies(manifest, mirror: mirror) }
        #expect(error?.file == "\(file):7")
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
        #expect(error?.description.contains("\n") == false)
    }

    @Test func aMotionOutsideTheMirrorIsRefusedWithItsLine() throws {
        let (directory, mirror) = try Self.mirror()
        let yaml =
            "id: x\ntitle: t\nreadings:\n  - {id: ok, stage: s, copy: ok.txt}\nmotions:\n  - ok.txt\n  - fifo.txt\n"
        let file = try directory.write("manifest.yaml", yaml)
        let manifest = try ManifestReader.read(path: file)
        let error = #expect(throws: ReadError.self) { try ManifestReader.checkCopies(manifest, mirror: mirror) }
        #expect(
            error?.description == "\(file):7: motion 'fifo.txt' is not a regular file (a FIFO, a device or a directory)"
        )
    }

    /// The billion laughs with its anchors inside a flow mapping's key, which a check for `: &` or
    /// `- &` misses: composing it would never end.
    static func aliasBomb(levels: Int = 12) -> String {
        var lines = ["l0: {&a0 [lol]: 1}"]
        for level in 1..<levels {
            let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("l\(level): {&a\(level) [\(aliases)]: 1}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aYAMLAliasBombIsRefusedInManifestsAndMotions() throws {
        let manifest = "id: x\ntitle: t\nreadings:\n  - {id: a, stage: s}\n" + Self.aliasBomb()
        let error = #expect(throws: ReadError.self) { try ManifestReader.read(Array(manifest.utf8), file: "m.yaml") }
        #expect(error?.description == "m.yaml:5: YAML anchors and aliases are not accepted in a manifest")

        let directory = try TemporaryDirectory()
        let motion = try directory.write("motion.yaml", "title: t\n? {&k [x]: 1}\n: 2\n" + Self.aliasBomb())
        let refused = #expect(throws: ReadError.self) { try MotionReader.read(path: motion) }
        #expect(refused?.description == "\(motion):2: YAML anchors and aliases are not accepted in a motion")
    }

    static let header =
        "Nature\tNuméro\tSubdivision\tAlinéa\tAuteur\tAu nom de\tDate de dépôt\tDispositif\tObjet\tSort\r\n"

    @Test func aCSVWithAnUnclosedQuoteIsOneLineNamingWhereItOpens() throws {
        let csv = "sep=\t\r\n" + Self.header + "Amt\t1\tArticle 2\t\t\"M. X\tGroupe\r\nAmt\t2\tArticle 3\r\n"
        let error = #expect(throws: ReadError.self) { try AmendmentLoader.read(bytes: Array(csv.utf8), file: "a.csv") }
        #expect(error?.description == "a.csv:3: a quoted field opens here and is never closed (a \" is missing)")
    }

    @Test func aHugeCSVFieldIsNotEchoed() throws {
        let huge = String(repeating: "x", count: 2 << 20)
        let csv = "sep=\t\r\nNature\(huge)\tNuméro\r\nAmt\t1\r\n"
        let error = #expect(throws: ReadError.self) { try AmendmentLoader.read(bytes: Array(csv.utf8), file: "a.csv") }
        let line = error?.description ?? ""
        #expect(line.hasPrefix("a.csv: header 'Naturexxx"), "\(line.prefix(200))")
        #expect(line.count < 400 && !line.contains("\n"), "\(line.prefix(500))")
    }
}
