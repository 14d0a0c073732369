import ArgumentParser
import Foundation
import NavetteCLI
import NavetteCore
import NavetteFormats
import NavetteRender

/// `navette-bench amendments DIR`: applies each case's amendments to its `article_avant` and compares
/// with its `article_apres`.
struct BenchAmendments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amendments",
        abstract: "Apply the amendments of a dataset of articles and count the exact results.",
        discussion: """
            DIR holds one folder per case with article_avant, amendement_* and article_apres (the \
            layout of ../shared/corpus/amendment-application/données). Amendments apply in the natural \
            order of their names; a result is exact when it equals article_apres once typography \
            (’ « » – no-break spaces, accents on capitals, the dots of "loi n° ... du ...") is folded and \
            whitespace removed. A case whose article_apres is empty while no amendment deletes the \
            article has no reference text: it is listed and left out of attainable and gap closed.

            Example:
              swift run -c release navette-bench amendments ../shared/corpus/amendment-application/données --verbose
            """
    )

    @Argument(help: "The dataset directory (one folder per case).")
    var directory: String

    @Flag(name: .long, help: "List the cases that are not exact, with their first difference.")
    var verbose = false

    @Option(name: .long, help: "Only the cases whose folder name contains this text; shows their results in full.")
    var only: String?

    func run() throws {
        let report = try AmendmentBench.run(directory: directory, only: only)
        var output = StandardOutput()
        report.write(to: &output, verbose: verbose || only != nil, full: only != nil)
    }
}

/// The measure itself, callable from tests.
struct AmendmentBench {
    struct Case {
        var name: String
        var outcome: AmendmentSequence.Outcome
        var expected: [String]
        var exact: Bool
        var loose: Bool
        var miss: String?
        var score: AmendmentScore
        var lacksReference = false
    }

    var cases: [Case]

    static func run(directory: String, only: String? = nil) throws -> AmendmentBench {
        var cases: [Case] = []
        for name in try AmendmentApplicationDataset.names(in: directory) where only.map({ name.contains($0) }) ?? true {
            let read = try AmendmentApplicationDataset.read(name, in: directory)
            let amendments = read.amendments.map {
                AmendmentSequence.Amendment(
                    name: String($0.name.dropFirst("amendement_".count)), dispositif: $0.dispositif)
            }
            let outcome = AmendmentSequence.apply(amendments, to: read.before)
            let exact = comparable(outcome.alineas) == comparable(read.after)
            let loose = exact || Folding.key(comparable(outcome.alineas)) == Folding.key(comparable(read.after))
            let score = AmendmentScore(
                before: read.before, after: read.after, result: outcome.alineas,
                amendments: amendments.map(\.dispositif))
            cases.append(
                Case(
                    name: name, outcome: outcome, expected: read.after, exact: exact, loose: loose,
                    miss: exact ? nil : missCategory(outcome), score: score,
                    lacksReference: lacksReference(expected: read.after, outcome: outcome)))
        }
        return AmendmentBench(cases: cases)
    }

    /// Folded typography, no whitespace at all: what "the same text" means for the benchmark.
    static func comparable(_ alineas: [String]) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in Folding.fold(alineas.joined(separator: " ")).unicodeScalars where !Folding.isSpace(scalar) {
            scalars.append(WordAlignment.capitalWithoutAccent[scalar] ?? scalar)
        }
        // `la loi n° ... du ...` and `la loi n° du`: the dots stand for numbers not known yet.
        return String(scalars).replacing(/\.{3,}/, with: "")
    }

    /// Why a case is not exact: the first edit that failed, or a text that differs although every
    /// edit applied.
    static func missCategory(_ outcome: AmendmentSequence.Outcome) -> String {
        let results = outcome.amendments.flatMap(\.results)
        if let failed = results.first(where: { !$0.isApplied }), case .failed(let failure) = failed.outcome {
            return failure.rawValue
        }
        return "applied, text differs"
    }

    var exactCount: Int { cases.filter(\.exact).count }

    func write(to output: inout some TextOutputStream, verbose: Bool, full: Bool) {
        let dispositifs = cases.flatMap(\.outcome.amendments)
        let understood = dispositifs.filter(\.dispositif.isUnderstood).count
        let results = dispositifs.flatMap(\.results)
        let applied = results.filter(\.isApplied).count
        output.write("cases: \(cases.count), amendments: \(dispositifs.count), edits: \(results.count)\n")
        output.write("exact: \(exactCount)/\(cases.count) (\(Self.percent(exactCount, cases.count)))\n")
        let loose = cases.filter(\.loose).count
        output.write("exact ignoring case and accents: \(loose)/\(cases.count) (\(Self.percent(loose, cases.count)))\n")
        output.write(
            "dispositifs fully understood: \(understood)/\(dispositifs.count) (\(Self.percent(understood, dispositifs.count)))\n"
        )
        output.write("edits applied: \(applied)/\(results.count) (\(Self.percent(applied, results.count)))\n")
        writeScores(to: &output)
        var categories: [String: Int] = [:]
        for miss in cases.compactMap(\.miss) { categories[miss, default: 0] += 1 }
        if !categories.isEmpty {
            output.write("misses:\n")
            for (category, count) in categories.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                output.write("  \(count)  \(category)\n")
            }
        }
        guard verbose else { return }
        let attainable = Set(self.attainable.map(\.name))
        let attainableFirst = self.attainable + cases.filter { !attainable.contains($0.name) }
        for item in attainableFirst where !item.exact {
            let summary = item.lacksReference ? " [no reference text]" : item.score.summary
            output.write("\n\(item.name): \(item.miss ?? "")\(summary)\n")
            for amendment in item.outcome.amendments {
                for result in amendment.results where !result.isApplied || full {
                    let detail = result.detail.map { " (\($0))" } ?? ""
                    output.write(
                        "  \(amendment.name): \(ApplyReport.describe(result.outcome))\(detail): \(Self.short(result.edit.instruction))\n"
                    )
                }
            }
            if full {
                output.write("  got:\n" + item.outcome.alineas.map { "    | \($0)\n" }.joined())
                output.write("  expected:\n" + item.expected.map { "    | \($0)\n" }.joined())
            } else if let (got, expected) = Self.firstDifference(item.outcome.alineas, item.expected) {
                output.write("  got:      \(got)\n  expected: \(expected)\n")
            }
        }
    }

    /// The first alinéa that differs, cut around the first differing character.
    static func firstDifference(_ got: [String], _ expected: [String]) -> (String, String)? {
        for index in 0..<max(got.count, expected.count) {
            let left = index < got.count ? got[index] : "(none)"
            let right = index < expected.count ? expected[index] : "(none)"
            let a = Array(comparable([left]))
            let b = Array(comparable([right]))
            guard a != b else { continue }
            var start = 0
            while start < min(a.count, b.count), a[start] == b[start] { start += 1 }
            let from = max(0, start - 40)
            return (
                "[\(index + 1)] …" + String(a[from..<min(a.count, start + 80)]),
                "[\(index + 1)] …" + String(b[from..<min(b.count, start + 80)])
            )
        }
        return nil
    }

    static func short(_ text: String) -> String {
        let line = text.split(separator: "\n").joined(separator: " / ")
        return line.count > 140 ? String(line.prefix(140)) + "…" : line
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "0%" }
        let tenths = (part * 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
