import Foundation
import NavetteCore

/// A path named by a manifest (`copy:`, `motions:`) resolved under its mirror root, and refused unless
/// it stays there: no absolute path, no `..` out of the root, no symbolic link leading out of it, and
/// only a regular file (a FIFO would hang the read, a device would never end).
public enum MirrorPath {
    /// The full path of `relative` under `mirror`.
    /// - Throws: `ReadError` with `file` as given (the manifest and its line) and the reason.
    public static func resolve(_ relative: String, under mirror: String, file: String, what: String = "copy") throws
        -> String
    {
        let shown = relative.excerpt(80)
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.hasPrefix("~") else {
            throw ReadError(file: file, "\(what) '\(shown)' is not a path relative to the mirror \(mirror)")
        }
        if relative.split(separator: "/").contains("..") {
            throw ReadError(file: file, "\(what) '\(shown)' leaves the mirror \(mirror) ('..' is not accepted)")
        }
        let path = (mirror as NSString).appendingPathComponent(relative)
        guard let real = realPath(path) else {
            throw ReadError(file: file, "\(what) '\(shown)' not found under the mirror \(mirror)")
        }
        let root = realPath(mirror) ?? mirror
        guard real.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            throw ReadError(
                file: file,
                "\(what) '\(shown)' leads out of the mirror \(mirror) (a symbolic link to \(real.excerpt(80)))")
        }
        var info = stat()
        guard stat(real, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw ReadError(file: file, "\(what) '\(shown)' is not a regular file (a FIFO, a device or a directory)")
        }
        return path
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
