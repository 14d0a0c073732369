import ArgumentParser
import Foundation
import NavetteCore
import NavetteReport
import NavetteFormats
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
            sentences are reported as moves (a moved alinéa with the words edited on the way). Differences of \
            typography only are folded: an alinéa that differs only in typography counts as \
            "typography only", not as changed, and is not marked; --typography marks them. JSON always \
            keeps every difference with its kind.

            Text output is coloured on a terminal; piped or under NO_COLOR it is marked:
              [-words-]      deleted (red, struck through, on a terminal)
              {+words+}      inserted (green, underlined)
              [~old~>new~]   typography only, shown with --typography
                             (␣ a space, ⍽ a no-break space, ⎵ a narrow one)
              (moved #1)     a moved sentence, where it left and where it went
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
        let comparisons: [ReadingComparison]
        if paths.count == 2 {
            let readings = try paths.map { path in
                guard case .reading(let reading) = try DocumentLoader.load(path: path, format: inputFormat) else {
                    throw UserError("\(path): is a directory; compare two files, or give one dossier directory alone")
                }
                return reading
            }
            comparisons = [try DiffSelection.files(readings[0], readings[1], article: article)]
        } else {
            let opened = try WatchError.asUserError {
                try DossierOpening.load(path: paths[0], format: inputFormat, mirror: snapshots.mirror, asOf: snapshots.asOf)
            }
            guard case .dossier(let dossier) = opened else {
                throw UserError(
                    "\(paths[0]): one path must be a dossier directory; give OLD_FILE NEW_FILE to compare two files")
            }
            comparisons = try DiffSelection.dossier(dossier, article: article, from: from, to: to, all: all)
        }
        var output = StandardOutput()
        output.write(
            try DiffOutput.render(comparisons, format: format, full: full, colour: useColour, typography: typography))
    }

    private var useColour: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            let dumb = ProcessInfo.processInfo.environment["TERM"] == "dumb"
            return !noColor && !dumb && isatty(STDOUT_FILENO) == 1
        }
    }
}

/// Renders comparisons in the chosen format.
enum DiffOutput {
    /// The JSON document: `{"comparisons": [ReadingComparison…]}`; see `ReadingComparison`,
    /// `ArticleDiff` and `Comparison` for the fields (`alineas[].kind/old/new/ops[].op/text`, `stats`).
    struct Document: Encodable {
        var comparisons: [ReadingComparison]
    }

    /// `typography`: mark differences of typography only; otherwise the human formats render
    /// `foldingTypography()` (JSON keeps every difference).
    static func render(
        _ comparisons: [ReadingComparison], format: OutputFormat, full: Bool, colour: Bool, typography: Bool = false
    ) throws -> String {
        let shown = typography || format == .json ? comparisons : comparisons.map { $0.foldingTypography() }
        switch format {
        case .json:
            return try JSONOutput.encode(Document(comparisons: shown))
        case .text:
            var writer = TextDiffWriter(colour: colour)
            DiffWalker.walk(shown, full: full, into: &writer)
            return writer.output
        case .markdown:
            var writer = MarkdownDiffWriter()
            DiffWalker.walk(shown, full: full, into: &writer)
            return writer.output
        case .html:
            var writer = HTMLDiffWriter()
            DiffWalker.walk(shown, full: full, into: &writer)
            return writer.output
        }
    }
}

/// Chooses what to compare: two readings, or steps of a dossier, whole or for one article.
enum DiffSelection {
    static func files(_ old: Reading, _ new: Reading, article label: String?) throws -> ReadingComparison {
        guard let label else { return ReadingComparison(old: old, new: new) }
        let before = old.article(label)
        let after = new.article(label)
        guard before != nil || after != nil else {
            throw UserError("no article '\(label)' in \(old.id) nor in \(new.id)")
        }
        return ReadingComparison(from: old.id, to: new.id, articles: [ArticleDiff(old: before, new: after)])
    }

    static func dossier(_ dossier: Dossier, article label: String?, from: String?, to: String?, all: Bool) throws
        -> [ReadingComparison]
    {
        guard dossier.readings.count >= 2 || (dossier.readings.count == 1 && all) else {
            throw UserError("dossier \(dossier.id) has \(dossier.readings.count) reading(s); two are needed to compare")
        }
        var pairs: [(Int, Int)]
        if all {
            pairs = dossier.readings.indices.dropFirst().map { ($0 - 1, $0) }
        } else {
            let first = try from.map { try index(of: $0, in: dossier) } ?? 0
            let last = try to.map { try index(of: $0, in: dossier) } ?? dossier.readings.count - 1
            guard first != last else { throw UserError("--from and --to name the same reading") }
            pairs = [(first, last)]
        }
        guard let label else {
            return pairs.map { ReadingComparison(old: dossier.readings[$0.0], new: dossier.readings[$0.1]) }
        }
        let steps = ArticleLookup.steps(of: label, in: dossier)
        guard steps.contains(where: { $0 != nil }) else {
            throw UserError("no article '\(label)' in any reading of dossier \(dossier.id)")
        }
        var comparisons: [ReadingComparison] = []
        for (a, b) in pairs where steps[a] != nil || steps[b] != nil {
            comparisons.append(
                ReadingComparison(
                    from: dossier.readings[a].id, to: dossier.readings[b].id,
                    articles: [ArticleDiff(old: steps[a], new: steps[b])]))
        }
        return comparisons
    }

    private static func index(of id: String, in dossier: Dossier) throws -> Int {
        let reading = try ReadingChoice.reading(in: dossier, id: id)
        return dossier.readings.firstIndex { $0.id == reading.id }!
    }
}

/// Which version of an article each reading of a dossier holds, through the lineage: the label may
/// be the article's label in any reading or its final number (`--article 10` finds the history that
/// was article 7), placeholders (`(Non modifié)`, `Conforme`, `II. – (Non modifié)`) carry the text
/// of the last reading that wrote it out.
enum ArticleLookup {
    /// One entry per reading of the dossier, nil where the article is absent; nil when no history has
    /// that label.
    static func steps(of label: String, in dossier: Dossier) -> [Article?] {
        guard let history = DossierLineage(dossier).history(forLabel: label) else {
            return dossier.readings.map { _ in nil }
        }
        return dossier.readings.map { reading in
            guard let step = history.step(in: reading.id), step.isPresent, let stepLabel = step.label else { return nil }
            var article = reading.article(stepLabel) ?? Article(label: stepLabel)
            article.alineas = step.alineas
            return article
        }
    }
}
