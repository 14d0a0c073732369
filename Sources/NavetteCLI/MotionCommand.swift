import ArgumentParser
import NavetteCore
import NavetteFormats
import NavetteIndex
import NavetteRender
import NavetteWatch

/// `navette motion`: a motion's demands scored against the bill.
struct MotionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "motion",
        abstract: "Score a motion (a council's vœu, an NGO's ask) against a bill: asked -> tried -> outcome.",
        discussion: """
            Reads the motion (published text, or YAML written by hand), finds its demands, links each \
            demand that targets an article to the amendments that pursued the same goal (suppression, \
            date change) with their fates, and says what the text did across readings (end date of an \
            experiment; the Conseil constitutionnel's holding when the manifest records it). Where a \
            reading's text is missing, the scorecard says so rather than guessing.

            With an amendment index (navette index amendments; --index FILE, or the dossier's store when it \
            holds one), each demand also lists, apart from the manifest's and never repeating them, the \
            indexed amendments on its article in this bill's texts that pursued the same goal, and those of \
            any bill holding at least two of its words (the first few of each, with how many there are).

            Examples:
              navette motion ../shared/corpus/motions/paris15-voeu-videosurveillance-automatisee-2023-03-06.full.txt \\
                --dossier corpus/jo2024 --mirror ../shared/corpus
              navette index amendments ../shared/corpus/amendments --store /tmp/jo.sqlite
              navette motion ../shared/corpus/motions/paris15-voeu-videosurveillance-automatisee-2023-03-06.full.txt \\
                --dossier corpus/jo2024 --mirror ../shared/corpus --index /tmp/jo.sqlite
            """
    )

    @Argument(help: "The motion file: published text (.txt) or YAML.")
    var motion: String

    @Option(name: .long, help: "The bill: a manifest file or a directory holding manifest.yaml.")
    var dossier: String

    @Option(name: .long, help: "Root of the local copies named in the manifest (e.g. ../shared/corpus).")
    var mirror: String?

    @Option(name: .customLong("as-of"), help: "The store as it was at the end of this day (YYYY-MM-DD).")
    var asOf: String?

    @Option(name: .long, help: "Output format: text, markdown or json.")
    var format: OutputFormat = .text

    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        let manifest = try ManifestReader.read(path: dossier)
        let motionValue = try MotionReader.read(path: motion)
        let source = try ManifestSnapshots.source(for: manifest, mirror: mirror, asOf: asOf)
        let (_, bill, notes) = try ManifestBill.open(manifest, snapshots: source)
        var card = MotionLinker.scorecard(for: motionValue, bill: bill)
        card.diagnostics += notes
        if let index = try indexOptions.open(forManifest: manifest.file) {
            card = try DemandSearch.complete(card, manifest: manifest, known: bill.amendments, index: index)
        }
        var output = StandardOutput()
        try ScorecardRenderer.write(card, format: format, to: &output)
    }
}
