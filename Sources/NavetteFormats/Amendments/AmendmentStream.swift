import Foundation
import NavetteCore

/// Amendment files handed over one at a time, so that a whole legislature's dump (a 500 MB tree of
/// JSON, or its `.zip`) is never held at once.
///
///     try AmendmentStream.forEach(path: "Amendements.json.zip") { file in
///         for amendment in file.amendments { index(amendment, from: file.file) }
///     }
///
/// A file is read as it is; a directory is walked (amendment files in name order, others skipped);
/// a `.zip` is read member by member in name order, each named `archive.zip#member/path.json` in
/// `AmendmentFile.file` and `Amendment.file`. A warning every file of a dump would repeat (fields
/// unknown to the reader) is said once.
public enum AmendmentStream {
    /// What a walk saw besides the files it handed over.
    public struct Summary: Sendable, Hashable {
        /// Amendment files handed to the body.
        public var files = 0
        /// Files (or members) that are not amendments, by name, and archives found in a directory.
        public var skipped: [String] = []
        /// Amendment files that failed to read: one line each naming the file.
        public var failures: [ReadError] = []
    }

    /// Calls `body` with each amendment file at `path` (a file, a directory tree or a zip archive).
    /// - Throws: `ReadError` when `path` does not exist or cannot be read as it is named (a file that
    ///   is not amendments, an archive that does not open); whatever `body` throws, which stops the walk.
    @discardableResult
    public static func forEach(path: String, _ body: (AmendmentFile) throws -> Void) throws -> Summary {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError.notFound(file: path)
        }
        var summary = Summary()
        var once = OnceWarnings()
        func hand(_ file: AmendmentFile) throws {
            summary.files += 1
            try body(once.filter(file))
        }
        if !isDirectory.boolValue {
            if AmendmentArchive.isArchive(path: path) {
                let walk = try AmendmentArchive.forEach(path: path, hand)
                summary.skipped = walk.skipped
                summary.failures = walk.failures
            } else {
                try hand(try AmendmentLoader.read(path: path))
            }
            return summary
        }
        for file in try regularFiles(under: path) {
            let bytes = try DocumentLoader.readBytes(file)
            guard let format = AmendmentFormat.detect(bytes) else {
                summary.skipped.append((file as NSString).lastPathComponent)
                continue
            }
            // An amendment file that fails is reported, not taken for "not an amendment".
            do {
                let read = try AmendmentLoader.read(bytes: bytes, file: file, format: format)
                try hand(read)
            } catch let error as ReadError {
                summary.failures.append(error)
            }
        }
        return summary
    }

    /// Calls `body` with each amendment at `path` and the file (or archive member) it came from.
    @discardableResult
    public static func forEachAmendment(
        path: String, _ body: (Amendment, AmendmentFile) throws -> Void
    ) throws -> Summary {
        try forEach(path: path) { file in
            for amendment in file.amendments { try body(amendment, file) }
        }
    }

    /// Whether the file at `path` starts like a zip archive.
    public static func isArchive(path: String) -> Bool { AmendmentArchive.isArchive(path: path) }

    /// The regular, non-hidden files under a directory, recursively, in name order.
    public static func regularFiles(under directory: String) throws -> [String] {
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

    /// Keeps the first of the warnings that every file of a dump would repeat.
    struct OnceWarnings {
        private var said: Set<String> = []

        mutating func filter(_ file: AmendmentFile) -> AmendmentFile {
            var kept = file
            kept.diagnostics = file.diagnostics.filter { diagnostic in
                guard diagnostic.message.hasPrefix(ANJSONAmendmentReader.unknownFieldsWarning) else { return true }
                return said.insert(diagnostic.message).inserted
            }
            return kept
        }
    }
}
