import ArgumentParser
import Foundation
import NavetteCore
import NavetteFormats
import NavetteRender
import NavetteReport
import NavetteWatch

/// `navette diff`: what changed between two versions of a bill, article by article, word by word.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two readings of a bill, article by article and word by word.",
        discussion: """
            With two files: every article matched by label (or only --article), articles added and \
            removed listed. With a dossier directory: the first and last readings (or --from/--to), \
            or each reading against the one before (--all); with --article, that article only.

            Alinéas are aligned first (an inserted alinéa shifts nothing), then compared word by word \
            on a folded form (Unicode NFC, ’ and ', every kind of space, – and -): moved alinéas and \
            sentences are reported as moves, with the words edited on the way. Differences of \
            typography only are folded: an alinéa that differs only in typography counts as \
            "typography only", not as changed, and is not marked; --typography marks them. JSON always \
            keeps every difference with its kind.

            Text output is coloured on a terminal; piped or under NO_COLOR it is marked:
              [-words-]      deleted (red, struck through, on a terminal)
              {+words+}      inserted (green, underlined)
              [~old~>new~]   typography only, shown with --typography
                             (␣ a space, ⍽ a no-break space, ⎵ a narrow one)
              (moved #1)     a moved sentence, where it left and where it went
                             (edited on its way: {+Le [-montant-] {+plafond+} …+})
            Line signs: ~ changed, + inserted, - deleted, > moved, ≈ typography only.

            Examples:
              navette diff old.html new.html --article 7
              navette diff ../shared/corpus/lafabrique/pjl09-200 --article 1er --all
              navette diff ../shared/corpus/lafabrique/pjl09-200 --from depot --to hemicycle --format html
              navette diff an.html senat.html --typography
            """
    )

    @Argument(help: "OLD_FILE NEW_FILE, or one dossier directory.")
    var paths: [String]

    @Option(name: .long, help: "Only this article (label as printed: 1er, 7 bis A).")
    var article: String?

    @Option(name: .long, help: "In a dossier, the earlier reading (its id or a unique part of it). Default: the first.")
    var from: String?

    @Option(name: .long, help: "In a dossier, the later reading (its id or a unique part of it). Default: the last.")
    var to: String?

    @Flag(name: .long, help: "In a dossier, compare each reading with the one before it.")
    var all = false

    @Flag(name: .long, help: "Also show unchanged alinéas and articles (text, Markdown, HTML).")
    var full = false

    @Option(name: .long, help: "Output format: text, markdown, html or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Mark differences of typography only ([~old~>new~]); by default they are folded.")
    var typography = false

    @Option(name: .long, help: "Colours in text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Option(name: .customLong("input-format"), help: "Force the input format instead of detecting it.")
    var inputFormat: DocumentFormat?

    @OptionGroup var snapshots: SnapshotOptions

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    func validate() throws {
        guard (1...2).contains(paths.count) else {
            throw ValidationError("expected OLD_FILE NEW_FILE, or one dossier directory")
        }
        if paths.count == 2, from != nil || to != nil || all {
            throw ValidationError("--from, --to and --all apply to a dossier, not to two files")
        }
        if all, from != nil || to != nil {
            throw ValidationError("--all compares every step; it cannot be combined with --from or --to")
        }
    }

    func run() throws {
        let comparisons = try DossierOpening.comparisons(
            paths: paths, format: inputFormat, mirror: snapshots.mirror, asOf: snapshots.asOf,
            article: article, from: from, to: to, all: all)
        let colour = color == .auto ? Terminal.colours() : color == .always
        var output = StandardOutput()
        output.write(
            try DiffOutput.render(comparisons, format: format, full: full, colour: colour, typography: typography))
    }
}
