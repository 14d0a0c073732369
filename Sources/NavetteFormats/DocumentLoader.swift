import Foundation
import NavetteCore

/// What a path holds: one reading, or a dossier of readings.
public enum LoadedDocument: Sendable {
    case reading(Reading)
    case dossier(Dossier)
}

/// The file-system edge of the readers: reads bytes, detects the format, dispatches to a reader.
public enum DocumentLoader {
    /// Reads a file as one reading or a directory as a dossier.
    public static func load(path: String, format: DocumentFormat? = nil) throws -> LoadedDocument {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError.notFound(file: path)
        }
        if isDirectory.boolValue { return .dossier(try readDossier(path: path)) }
        return .reading(try readReading(path: path, format: format))
    }

    /// Reads a dossier directory (La Fabrique de la loi's layout: `viz/procedure.json`).
    public static func readDossier(path: String) throws -> Dossier {
        let procedure = (path as NSString).appendingPathComponent("viz/procedure.json")
        guard FileManager.default.fileExists(atPath: procedure) else {
            throw ReadError(
                file: path,
                "not a dossier directory, expected viz/procedure.json (La Fabrique de la loi layout)")
        }
        return try LaFabriqueReader.readDossier(directory: path)
    }

    /// Reads one file as a reading, detecting its format unless `format` forces one.
    public static func readReading(path: String, format: DocumentFormat? = nil) throws -> Reading {
        let bytes = try readBytes(path)
        return try readReading(bytes: bytes, file: path, format: format)
    }

    /// Reads bytes already in memory as a reading.
    public static func readReading(bytes: [UInt8], file: String, format: DocumentFormat? = nil) throws -> Reading {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw ReadError.empty(file: file, expected: "a bill text (HTML, XML, JSON or plain text)")
        }
        if format == nil, bytes.withUnsafeBytes({ memchr($0.baseAddress!, 0, min($0.count, 8192)) != nil }) {
            throw ReadError.binary(file: file, expected: "a bill text (HTML, XML, JSON or plain text)")
        }
        guard let format = format ?? DocumentFormat.detect(bytes) else {
            throw ReadError(
                file: file,
                "unknown format, expected a bill text (AN/Sénat HTML, LEGI XML, Akoma Ntoso, La Fabrique JSON or plain text)"
            )
        }
        var reading: Reading
        switch format {
        case .lafabrique: reading = try LaFabriqueReader.read(bytes, file: file)
        case .legi: reading = try LegiReader.read(bytes, file: file)
        case .akomaNtoso: reading = try AkomaNtosoReader.read(bytes, file: file)
        case .html: reading = try BillHTMLReader.read(bytes, file: file)
        case .text: reading = try PlainTextReader.read(bytes, file: file)
        }
        // The file's name, only for a reading without an id of its own (Foundation's path functions
        // cost more than a small LEGI file's whole parse).
        if reading.id.isEmpty { reading.id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension }
        if reading.source == nil { reading.source = file }
        return reading
    }

    /// Reads a whole file. - Throws: `ReadError` naming the file when it cannot be read.
    public static func readBytes(_ path: String) throws -> [UInt8] {
        var status = stat()
        if stat(path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR { throw ReadError.isDirectory(file: path) }
            if type == S_IFREG, let bytes = readRegularFile(path, size: Int(status.st_size)) { return bytes }
        }
        // Special files (/dev/stdin, pipes) are not regular files: read them through a handle.
        guard
            let data = FileManager.default.contents(atPath: path)
                ?? FileHandle(forReadingAtPath: path).map({ $0.readDataToEndOfFile() })
        else {
            throw ReadError.unreadable(file: path)
        }
        return [UInt8](data)
    }

    /// A regular file's bytes by `open` and `read`, nil when it cannot be read (Foundation's `Data`
    /// path cost about as much as parsing a small LEGI file). Reads on past `size`, should the file
    /// have grown since it was measured.
    private static func readRegularFile(_ path: String, size: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = max(size, 0) + 1
        while true {
            var failed = false
            let part = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, count in
                count = 0
                while count < buffer.count {
                    let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    if got > 0 {
                        count += got
                    } else if got == 0 || errno != EINTR {
                        failed = got < 0
                        return
                    }
                }
            }
            if failed { return nil }
            if bytes.isEmpty { bytes = part } else { bytes += part }
            if part.count < chunk { return bytes }
            chunk = 1 << 16
        }
    }
}
