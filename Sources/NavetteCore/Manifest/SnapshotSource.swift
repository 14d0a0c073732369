/// Bytes navette holds for one of a manifest's sources, with where and when they were taken.
public struct SourceSnapshot: Sendable, Hashable {
    public var bytes: [UInt8]
    /// How the source is named in messages and the report's footer: the official address (store) or
    /// the copy's path relative to the mirror.
    public var shown: String
    /// When the bytes were fetched (store) or last modified (mirror), ISO 8601; nil when unknown.
    public var taken: String?
    public var sha256: String
    /// The name readers give in their messages: the copy's full path, or the address.
    public var file: String
    /// True for a manifest's local copy, whose `completeness` and `holds` the manifest states; false
    /// for the official document as fetched (the whole text).
    public var isCopy: Bool

    public init(
        bytes: [UInt8], shown: String, taken: String?, sha256: String, file: String? = nil, isCopy: Bool = false
    ) {
        self.bytes = bytes
        self.shown = shown
        self.taken = taken
        self.sha256 = sha256
        self.file = file ?? shown
        self.isCopy = isCopy
    }
}

/// Where the loaders of a manifest get the bytes of its sources: the store that `sync` fills (each
/// address's latest good snapshot, or the one held on a given day), or the local copies under a
/// mirror. Readers never open a file or a socket for a manifest themselves: they ask this.
public protocol SnapshotSource: Sendable {
    /// The bytes held for a source known by its official address and/or its local copy; nil when none
    /// is held. - Throws: when the bytes exist but cannot be read (an unreadable file, a broken store).
    func snapshot(url: String?, copy: String?) throws -> SourceSnapshot?
    /// `the store .navette/navette.sqlite (as of 2023-03-20)`, `the mirror ../shared/corpus`: for notes.
    var name: String { get }
}
