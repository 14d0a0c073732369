import Foundation

/// Locates the shared corpus (`../shared/corpus` beside the package, or `$NAVETTE_CORPUS`).
public enum Corpus {
    public static let root: String = {
        if let value = ProcessInfo.processInfo.environment["NAVETTE_CORPUS"], !value.isEmpty { return value }
        return packageRoot + "/../shared/corpus"
    }()

    /// The package root, found from this source file's location.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Absolute path of a corpus file: `Corpus.path("lafabrique/pjl09-200")`.
    public static func path(_ relative: String) -> String { root + "/" + relative }

    /// The bytes of a corpus file.
    public static func bytes(_ relative: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: path(relative))
        return [UInt8](try Data(contentsOf: url))
    }

    /// The text of a corpus file decoded as UTF-8.
    public static func text(_ relative: String) throws -> String {
        String(decoding: try bytes(relative), as: UTF8.self)
    }
}
