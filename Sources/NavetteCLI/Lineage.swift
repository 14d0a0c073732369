import ArgumentParser
import Foundation
import NavetteCore
import NavetteFormats
import NavetteRender
import NavetteReport
import NavetteWatch

/// `navette lineage`: every article of a dossier followed through its readings to its final number.
struct Lineage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Follow every article of a dossier through its readings, up to its number in the law.",
        discussion: """
            One line per article: its label in each reading (runs of the same state shown once with ×N), \
            then its number after renumbering at promulgation, computed by navette (surviving articles \
            numbered 1er, 2, 3… in order). Then the diagnostics (weak links, placeholders, renumberings) \
            and, when the dossier has a concordance table, how well the computed numbering agrees with it.

            Markers: + nouveau, (s) supprimé, (nm) non modifié, (c) conforme, · absent.

            Examples:
              navette lineage ../shared/corpus/lafabrique/pjl09-200
              navette lineage ../shared/corpus/lafabrique/ppl11-290 --format json
            """
    )

    @Argument(
        help: "A dossier directory (La Fabrique de la loi layout), or a manifest (texts from the store or --mirror).")
    var path: String

    @OptionGroup var snapshots: SnapshotOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard format == .text || format == .json else {
            throw ValidationError("lineage writes text or json, not \(format.rawValue)")
        }
    }

    func run() throws {
        let opened = try DossierOpening.load(path: path, mirror: snapshots.mirror, asOf: snapshots.asOf)
        guard case .dossier(let dossier) = opened else {
            throw UserError.unsuitable(
                "\(path): a single text has no lineage, expected a dossier directory (La Fabrique de la loi layout)")
        }
        let lineage = DossierLineage(dossier)
        var output = StandardOutput()
        switch format {
        case .json: output.write(try JSONOutput.encode(LineageJSON(lineage)))
        default: LineageText.write(lineage, title: dossier.title, to: &output)
        }
    }
}
