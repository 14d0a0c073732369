import Foundation
import NavetteCore

/// Writing a manifest file whole or not at all: the YAML goes to a temporary file beside it, is read
/// back with `ManifestReader` (so a manifest navette writes is always one it can read), then renamed
/// over the old one.
public enum ManifestFile {
    public static func write(_ manifest: Manifest, to file: String, header: [String] = []) throws {
        let directory = (file as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let temporary = (directory.isEmpty ? "." : directory) + "/.manifest-\(UUID().uuidString).yaml.tmp"
        let bytes = Array(ManifestWriter.yaml(manifest, header: header).utf8)
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw ReadError(file: file, "cannot be written (directory not writable?)")
        }
        do {
            _ = try ManifestReader.read(bytes, file: file)
        } catch let error as ReadError {
            throw ReadError(file: file, "not written: the manifest navette made does not read back (\(error.message))")
        }
        if rename(temporary, file) != 0 {
            throw ReadError(file: file, "cannot be replaced (\(String(cString: strerror(errno))))")
        }
    }

    /// The comment lines a manifest file opens with (kept when navette rewrites it).
    public static func header(of file: String) throws -> [String] {
        let text = String(decoding: try DocumentLoader.readBytes(file), as: UTF8.self)
        return Array(
            text.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("#") }.map(String.init))
    }
}
