import Foundation
import ZIPFoundation

/// The size of a zip's members once inflated, from its central directory (nothing is inflated).
public enum DumpSize {
    public static func uncompressedBytes(_ path: String) throws -> (members: Int, bytes: Int) {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var members = 0
        var bytes = 0
        for entry in archive where entry.type == .file {
            members += 1
            bytes += Int(entry.uncompressedSize)
        }
        return (members, bytes)
    }
}
