/// A name taken from a document or a manifest (a dossier id, an article label, a reading id) made fit
/// to be one file name inside a chosen directory: it can never climb out (`..`, `/`), hide (leading
/// dot), hold control characters or grow past what a file system accepts.
public enum SafeFileName {
    /// Bytes kept at most (file systems refuse names over 255 bytes; room is left for suffixes).
    public static let maxLength = 120

    /// `name` with every character other than ASCII letters, digits, `-`, `_` and `.` turned into `-`,
    /// leading dots and dashes dropped, cut to `maxLength`; `fallback` when nothing is left.
    /// O(n) in the length of `name`.
    public static func make(_ name: String, fallback: String = "unnamed") -> String {
        var result = ""
        for scalar in name.unicodeScalars.prefix(maxLength * 4) {
            let kept =
                scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_" || scalar == ".")
            if kept {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result.append("-")
            }
            if result.utf8.count >= maxLength { break }
        }
        while let first = result.first, first == "." || first == "-" { result.removeFirst() }
        while result.hasSuffix("-") || result.hasSuffix(".") { result.removeLast() }
        return result.isEmpty ? fallback : result
    }

    /// Whether `name` is already safe (`make(name) == name`).
    public static func isSafe(_ name: String) -> Bool { make(name, fallback: "") == name }
}
