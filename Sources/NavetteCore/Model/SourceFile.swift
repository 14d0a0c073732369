/// A file read (for a report): where, which bytes (sha256), and how old the copy is.
public struct SourceFile: Sendable, Hashable, Codable {
    /// As shown to readers: relative to the dossier directory or to the mirror.
    public var path: String
    /// What the file is: `procedure`, `text`, `amendments`, `manifest`, `amendment`, `motion`.
    public var role: String
    public var sha256: String
    public var bytes: Int
    /// Snapshot date of the copy (the file's modification time, ISO 8601), when known.
    public var snapshot: String?

    public init(path: String, role: String, sha256: String, bytes: Int, snapshot: String?) {
        self.path = path
        self.role = role
        self.sha256 = sha256
        self.bytes = bytes
        self.snapshot = snapshot
    }
}
