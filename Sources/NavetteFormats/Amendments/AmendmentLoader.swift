import Foundation
import NavetteCore

/// The amendments of one file, with what the reader noticed on the way.
public struct AmendmentFile: Sendable, Hashable {
    public var file: String
    public var format: AmendmentFormat
    public var amendments: [Amendment]
    public var diagnostics: [Diagnostic]

    public init(file: String, format: AmendmentFormat, amendments: [Amendment] = [], diagnostics: [Diagnostic] = []) {
        self.file = file
        self.format = format
        self.amendments = amendments
        self.diagnostics = diagnostics
    }

    mutating func note(_ message: String, article: String? = nil) {
        diagnostics.append(Diagnostic(.note, message, source: file, article: article))
    }

    mutating func warn(_ message: String, article: String? = nil) {
        diagnostics.append(Diagnostic(.warning, message, source: file, article: article))
    }
}

/// The file-system edge of the amendment readers: reads bytes, detects the format, dispatches.
public enum AmendmentLoader {
    /// Reads one amendment file. - Throws: `ReadError` naming the file when it is not one.
    public static func read(path: String) throws -> AmendmentFile {
        try read(bytes: try DocumentLoader.readBytes(path), file: path)
    }

    /// Reads amendment bytes already in memory.
    public static func read(bytes: [UInt8], file: String) throws -> AmendmentFile {
        try read(bytes: bytes, file: file, format: nil)
    }

    /// Reads amendment bytes whose format the caller already detected or forces (nil: detect it here).
    public static func read(bytes: [UInt8], file: String, format known: AmendmentFormat?) throws -> AmendmentFile {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw ReadError.empty(file: file, expected: "amendments")
        }
        guard let format = known ?? AmendmentFormat.detect(bytes) else {
            let head = TextDecoding.decode(
                Array(bytes.prefix(4096)), as: TextDecoding.detect(Array(bytes.prefix(4096))))
            if let reason = AmendmentFormat.notAmendments(head) {
                throw ReadError(file: file, "\(reason), expected amendments")
            }
            throw ReadError(file: file, "not an amendment file: expected \(expected)")
        }
        var result: AmendmentFile
        switch format {
        case .anXML: result = try ANLegacyAmendmentReader.read(bytes, file: file)
        case .anDiscussionList: result = try ANLegacyAmendmentReader.readDiscussion(bytes, file: file)
        case .anOpenData: result = try ANOpenDataAmendmentReader.read(bytes, file: file)
        case .anJSON: result = try ANJSONAmendmentReader.read(bytes, file: file)
        case .anHTML: result = try ANAmendmentPageReader.read(bytes, file: file)
        case .akomaNtoso: result = try AkomaNtosoAmendmentReader.read(bytes, file: file)
        case .ameliCSV: result = try AmeliCSVReader.read(bytes, file: file)
        case .senatDiscussionJSON: result = try SenatDiscussionReader.read(bytes, file: file)
        case .laFabrique: result = try LaFabriqueAmendmentReader.read(bytes, file: file)
        case .excerpt: result = try AmendmentExcerptReader.read(bytes, file: file)
        }
        for index in result.amendments.indices where result.amendments[index].file == nil {
            result.amendments[index].file = file
        }
        return result
    }

    /// Reads files, directories (their amendment files, recursively, in name order) and zip archives
    /// (one `AmendmentFile` for the whole archive, each amendment naming its member). In a directory or
    /// an archive, files that are not amendments are skipped with a note, and an amendment file that
    /// fails is a warning; a file named explicitly must read. To walk a large dump without holding
    /// it, use `AmendmentStream`.
    public static func read(paths: [String]) throws -> [AmendmentFile] {
        var files: [AmendmentFile] = []
        for path in paths {
            let before = files.count
            var archive: AmendmentFile? = nil
            let summary = try AmendmentStream.forEach(path: path) { file in
                guard file.file.hasPrefix(path + "#") else { return files.append(file) }
                if archive == nil { archive = AmendmentFile(file: path, format: file.format) }
                archive?.amendments += file.amendments
                archive?.diagnostics += file.diagnostics
            }
            if let archive { files.append(archive) }
            if files.count == before {
                let what = summary.skipped.isEmpty ? "" : " (\(summary.skipped.count) other files)"
                let place = AmendmentArchive.isArchive(path: path) ? "archive" : "directory"
                throw summary.failures.first ?? ReadError(file: path, "no amendment file in this \(place)\(what)")
            }
            for failure in summary.failures { files[files.count - 1].warn("could not be read: \(failure)") }
            if !summary.skipped.isEmpty {
                files[files.count - 1].note(
                    "skipped in \(path), not amendments: " + summary.skipped.joined(separator: ", "))
            }
        }
        return files
    }

    static let expected =
        "AN amendment XML, HTML, open-data XML or JSON, Akoma Ntoso amendment, Sénat Ameli CSV or discussion JSON, "
        + "La Fabrique amendements JSON, or an amendment page excerpt"
}
