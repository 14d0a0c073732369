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
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw ReadError.empty(file: file, expected: "amendments")
        }
        guard let format = AmendmentFormat.detect(bytes) else {
            let head = TextDecoding.decode(Array(bytes.prefix(4096)), as: TextDecoding.detect(Array(bytes.prefix(4096))))
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

    /// Reads files and directories (their amendment files, recursively, in name order). In a
    /// directory, files that are not amendments are skipped with a note, and an amendment file that
    /// fails is a warning; a file named explicitly must read.
    public static func read(paths: [String]) throws -> [AmendmentFile] {
        var files: [AmendmentFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ReadError.notFound(file: path)
            }
            guard isDirectory.boolValue else {
                files.append(try read(path: path))
                continue
            }
            var skipped: [String] = []
            var failures: [ReadError] = []
            let before = files.count
            for file in try regularFiles(under: path) {
                let bytes = try DocumentLoader.readBytes(file)
                guard AmendmentFormat.detect(bytes) != nil else {
                    skipped.append((file as NSString).lastPathComponent)
                    continue
                }
                // An amendment file that fails is reported, not taken for "not an amendment".
                do { files.append(try read(bytes: bytes, file: file)) } catch let error as ReadError { failures.append(error) }
            }
            if files.count == before {
                throw failures.first ?? ReadError(file: path, "no amendment file in this directory (\(skipped.count) other files)")
            }
            for failure in failures { files[files.count - 1].warn("could not be read: \(failure)") }
            if !skipped.isEmpty {
                files[files.count - 1].note("skipped in \(path), not amendments: " + skipped.joined(separator: ", "))
            }
        }
        return files
    }

    private static func regularFiles(under directory: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw ReadError(file: directory, "cannot be listed")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                !(relative as NSString).lastPathComponent.hasPrefix(".")
            {
                files.append(full)
            }
        }
        return files.sorted()
    }

    static let expected =
        "AN amendment XML, HTML or open-data XML, Akoma Ntoso amendment, Sénat Ameli CSV or discussion JSON, "
        + "La Fabrique amendements JSON, or an amendment page excerpt"
}
