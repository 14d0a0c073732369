import ArgumentParser
import NavetteStore

/// Which amendment index `motion` and `report` read, beside the manifest's amendments: `--index FILE`,
/// or else the dossier's own store (`.navette/navette.sqlite` beside the manifest, the one `navette
/// sync` fills) when `navette index amendments` has put amendments in it; `--no-index`: none.
struct IndexOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            The amendment index to read (a store filled by navette index amendments). Default: the dossier's \
            store, .navette/navette.sqlite beside the manifest, when it holds indexed amendments.
            """)
    var index: String?

    @Flag(name: .customLong("no-index"), help: "Read no amendment index: the manifest's amendments only.")
    var noIndex = false

    func validate() throws {
        if index != nil && noIndex { throw ValidationError("--index and --no-index cannot be given together") }
    }

    /// The index to read for the manifest `file`, or nil.
    func open(forManifest file: String) throws -> AmendmentIndex? {
        if noIndex { return nil }
        guard let index else { return try AmendmentIndex.existing(at: NavetteStore.defaultPath(forManifest: file)) }
        guard let opened = try AmendmentIndex.existing(at: index) else {
            throw UserError.notFound(
                "\(index): no indexed amendments here; build the index with navette index amendments PATH… "
                    + "--store \(index)")
        }
        return opened
    }
}
