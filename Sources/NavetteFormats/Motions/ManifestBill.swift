import Foundation
import NavetteCore

/// Gathers what a manifest knows about its followed article for the motion linker: the amendments
/// (read from their copies, completed by the manifest's facts) and the end date reading by reading.
public enum ManifestBill {
    /// What the commands that read a manifest need: its dossier (copies read under `mirror`, checked
    /// first), the bill the motion linker scores against, and notes (copies unreadable, no mirror).
    public static func open(_ manifest: Manifest, mirror: String?) throws -> (
        dossier: Dossier, bill: MotionLinker.Bill, diagnostics: [Diagnostic]
    ) {
        if let mirror { try ManifestReader.checkCopies(manifest, mirror: mirror) }
        var opened = try open(manifest, snapshots: mirror.map(MirrorSnapshots.init(root:)))
        if mirror == nil {
            opened.diagnostics.append(
                Diagnostic(
                    .note, "no --mirror: the local copies were not read, only the manifest's facts",
                    source: manifest.file))
        }
        return opened
    }

    /// The same, each source read from `snapshots` (the store or a mirror).
    public static func open(_ manifest: Manifest, snapshots: (any SnapshotSource)?) throws -> (
        dossier: Dossier, bill: MotionLinker.Bill, diagnostics: [Diagnostic]
    ) {
        let dossier = try ManifestDossier.load(manifest, snapshots: snapshots)
        let (bill, diagnostics) = try load(manifest, dossier: dossier, snapshots: snapshots)
        return (dossier, bill, diagnostics)
    }

    public static func load(_ manifest: Manifest, dossier: Dossier, mirror: String?) throws -> (
        bill: MotionLinker.Bill, diagnostics: [Diagnostic]
    ) {
        try load(manifest, dossier: dossier, snapshots: mirror.map(MirrorSnapshots.init(root:)))
    }

    public static func load(
        _ manifest: Manifest, dossier: Dossier, snapshots: (any SnapshotSource)?
    ) throws -> (bill: MotionLinker.Bill, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var amendments: [(reading: String?, amendment: Amendment)] = []
        for fact in manifest.amendments {
            var read: Amendment? = nil
            do {
                if let snapshot = try snapshots?.snapshot(url: fact.url, copy: fact.copy) {
                    let file = try AmendmentLoader.read(bytes: snapshot.bytes, file: snapshot.file)
                    read = file.amendments.first { $0.key == AmendmentNumber(fact.number).key } ?? file.amendments.first
                }
            } catch let error as ReadError {
                diagnostics.append(
                    Diagnostic(.warning, "amendment \(fact.number): \(error.message)", source: error.file))
            }
            amendments.append((fact.reading, merge(read, with: fact)))
        }
        let article = manifest.articles.first
        let endDates =
            article.map { followed in
                FeatureTrajectory.endDates(
                    in: dossier, label: { $0.stage == "promulgation" ? followed.final : followed.label },
                    facts: followed.facts)
            } ?? []
        let survives: Bool? = article.flatMap { $0.final == nil ? nil : true }
        return (
            MotionLinker.Bill(
                article: article, amendments: amendments, endDates: endDates, survives: survives,
                decisions: manifest.decisions),
            diagnostics
        )
    }

    /// The amendment as read from its copy, with what the manifest knows filling what the copy lacks;
    /// the manifest's number wins (page excerpts often do not print it).
    static func merge(_ read: Amendment?, with fact: AmendmentFact) -> Amendment {
        let base = read ?? Amendment(number: fact.number)
        var target = base.target
        if target.article == nil, let label = fact.article {
            target = AmendmentTarget(
                kind: .article, label: "Article \(label)", article: ArticleNumber(label: label), alinea: fact.alinea)
        }
        if target.alinea == nil { target.alinea = fact.alinea }
        let factFate = AmendmentFate(sort: fact.fate)
        return Amendment(
            number: fact.number, chamber: base.chamber, text: base.text,
            authors: base.authors.isEmpty ? fact.authors : base.authors,
            authorsText: base.authorsText, group: base.group ?? fact.group, date: base.date ?? fact.date,
            target: target,
            dispositif: base.dispositif, dispositifHTML: base.dispositifHTML, expose: base.expose,
            fateText: base.fate == .unknown ? fact.fate : base.fateText,
            fate: base.fate == .unknown ? factFate : base.fate, fateDate: base.fateDate,
            identical: base.identical.isEmpty ? fact.identical : base.identical,
            parent: base.parent, url: fact.url ?? base.url, file: base.file)
    }
}
