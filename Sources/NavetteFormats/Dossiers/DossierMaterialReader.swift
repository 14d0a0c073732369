import Foundation
import NavetteCore

/// Reads what a report is made from: a La Fabrique dossier with its amendment lists, or a manifest
/// with its copies, amendments and motions; and every file read, hashed.
public enum DossierMaterialReader {
    /// Where a manifest's texts come from: given the manifest, a snapshot source (the copies under a
    /// mirror, the store `sync` fills…) or nil when there is none (the manifest's facts alone).
    public typealias SnapshotResolver = (Manifest) throws -> (any SnapshotSource)?

    /// A La Fabrique dossier directory, or a manifest (a YAML file, or a directory holding
    /// manifest.yaml) whose texts are read through `snapshots` (by default the copies under `mirror`).
    public static func read(
        path: String, mirror: String?, snapshots: SnapshotResolver? = nil
    ) throws -> DossierMaterial {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError.notFound(file: path)
        }
        if isDirectory.boolValue,
            FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("viz/procedure.json"))
        {
            return try laFabrique(path)
        }
        let manifestFile = isDirectory.boolValue ? (path as NSString).appendingPathComponent("manifest.yaml") : path
        guard FileManager.default.fileExists(atPath: manifestFile) else {
            throw ReadError(
                file: path,
                "not a dossier, expected a La Fabrique directory (viz/procedure.json) or a manifest (manifest.yaml)")
        }
        let resolve =
            snapshots ?? { manifest in
                guard let mirror else { return nil }
                try ManifestReader.checkCopies(manifest, mirror: mirror)
                return MirrorSnapshots(root: mirror)
            }
        return try manifest(manifestFile, mirror: mirror, snapshots: resolve)
    }

    /// A La Fabrique dossier: each step's `viz/amendements_<step>.json` lists the amendments examined in
    /// that step, filed on the reading before it.
    private static func laFabrique(_ directory: String) throws -> DossierMaterial {
        let dossier = try DocumentLoader.readDossier(path: directory)
        let name = (directory as NSString).lastPathComponent
        var sources = [
            try source(directory + "/viz/procedure.json", shown: "\(name)/viz/procedure.json", role: "procedure")
        ]
        // Each step's text hashed and amendment list read on every core; put together in order below (the
        // first failure, in the readings' order, is the error).
        let steps = dossier.readings.map(\.id).concurrentMap { id in
            Result { try laFabriqueStep(directory, name: name, reading: id) }
        }
        var examined: [String: StepAmendments] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, (reading, step)) in zip(dossier.readings, steps).enumerated() {
            let step = try step.get()
            if let text = step.text { sources.append(text) }
            guard let (list, file) = step.list else { continue }
            sources.append(list)
            diagnostics += file.diagnostics.map {
                Diagnostic($0.severity, $0.message, source: list.path, article: $0.article)
            }
            examined[reading.id] = StepAmendments(
                amendments: file.amendments,
                filedOn: StepAmendments.filedOn(step: index, readings: dossier.readings.map(\.id)),
                complete: true)
        }
        return DossierMaterial(
            dossier: dossier, kind: .lafabrique, examined: examined, sources: sources, diagnostics: diagnostics)
    }

    /// One step of a La Fabrique dossier: its text's source, and its amendment list
    /// (`viz/amendements_<step>.json`) read, when it has them.
    private static func laFabriqueStep(_ directory: String, name: String, reading: String) throws -> (
        text: SourceFile?, list: (SourceFile, AmendmentFile)?
    ) {
        let text = "procedure/\(reading)/texte/texte.json"
        var source: SourceFile? = nil
        if FileManager.default.fileExists(atPath: "\(directory)/\(text)") {
            source = try self.source("\(directory)/\(text)", shown: "\(name)/\(text)", role: "text")
        }
        let list = "viz/amendements_\(reading).json"
        guard FileManager.default.fileExists(atPath: "\(directory)/\(list)") else { return (source, nil) }
        let bytes = try DocumentLoader.readBytes("\(directory)/\(list)")
        let file = try AmendmentLoader.read(bytes: bytes, file: "\(directory)/\(list)")
        let listSource = self.source("\(directory)/\(list)", bytes: bytes, shown: "\(name)/\(list)", role: "amendments")
        return (source, (listSource, file))
    }

    /// A manifest: the readings' texts from the store `sync` fills (or the copies under `mirror`), the
    /// amendments it records and those of its amendment lists (examined in the step after the reading
    /// they were filed on), its motions scored against the bill.
    private static func manifest(
        _ file: String, mirror: String?, snapshots resolve: SnapshotResolver
    ) throws -> DossierMaterial {
        let manifestBytes = try DocumentLoader.readBytes(file)
        let manifest = try ManifestReader.read(manifestBytes, file: file)
        let snapshots = try resolve(manifest)
        var (dossier, bill, diagnostics) = try ManifestBill.open(manifest, snapshots: snapshots)
        if snapshots == nil {
            diagnostics.append(
                Diagnostic(
                    .note, "no --mirror and no store: only the manifest's facts were read (run navette sync)",
                    source: file))
        }
        let shownManifest =
            ((file as NSString).deletingLastPathComponent as NSString).lastPathComponent + "/"
            + (file as NSString).lastPathComponent
        var sources = [source(file, bytes: manifestBytes, shown: shownManifest, role: "manifest")]
        func add(_ snapshot: SourceSnapshot?, role: String) {
            guard let snapshot, !sources.contains(where: { $0.path == snapshot.shown }) else { return }
            sources.append(
                SourceFile(
                    path: snapshot.shown, role: role, sha256: snapshot.sha256, bytes: snapshot.bytes.count,
                    snapshot: snapshot.taken))
        }
        func copy(_ relative: String?, role: String) throws {
            guard let relative, let mirror else { return }
            add(try MirrorSnapshots(root: mirror).snapshot(url: nil, copy: relative), role: role)
        }
        for key in Manifest.dossierKeys {
            add(try snapshots?.snapshot(url: manifest.urls[key], copy: nil), role: "procedure")
        }
        for reading in manifest.readings {
            add(try snapshots?.snapshot(url: reading.url, copy: reading.copy), role: "text")
        }
        for fact in manifest.amendments {
            add(try snapshots?.snapshot(url: fact.url, copy: fact.copy), role: "amendment")
        }
        let order = manifest.readings.map(\.id)
        // One bill entry per manifest amendment, in order: the fact's summary goes with its amendment.
        var (examined, onLastReading) = StepAmendments.examined(
            zip(bill.amendments, manifest.amendments).map { entry, fact in
                (entry.amendment, entry.reading, fact.summary)
            },
            readings: order)
        for amendment in onLastReading {
            diagnostics.append(
                Diagnostic(.note, "amendment \(amendment.number) is filed on the last reading", source: file))
        }
        if let snapshots {
            let (lists, notes) = try ManifestAmendmentLists.read(manifest, snapshots: snapshots)
            diagnostics += notes
            for list in lists {
                add(list.snapshot, role: "amendments")
                guard let step = StepAmendments.examiningStep(filedOn: list.reading, readings: order) else { continue }
                var amendments =
                    examined[step] ?? StepAmendments(amendments: [], filedOn: list.reading, complete: false)
                let known = Set(amendments.amendments.map(\.key))
                amendments.amendments += list.file.amendments.filter { !known.contains($0.key) }
                examined[step] = amendments
            }
        }
        var scorecards: [Scorecard] = []
        for relative in manifest.motions {
            guard let mirror else {
                diagnostics.append(Diagnostic(.note, "motion \(relative) not read: no --mirror", source: file))
                continue
            }
            let path = (mirror as NSString).appendingPathComponent(relative)
            var motion = try MotionReader.read(path: path)
            motion.source = relative
            try copy(relative, role: "motion")
            scorecards.append(MotionLinker.scorecard(for: motion, bill: bill))
        }
        return DossierMaterial(
            dossier: dossier, kind: .manifest, examined: examined, followed: manifest.articles, scorecards: scorecards,
            sources: sources, diagnostics: diagnostics)
    }

    /// A file read: its bytes hashed, its modification time as the snapshot date.
    public static func source(_ path: String, shown: String, role: String) throws -> SourceFile {
        source(path, bytes: try DocumentLoader.readBytes(path), shown: shown, role: role)
    }

    /// A file whose bytes are already in hand.
    public static func source(_ path: String, bytes: [UInt8], shown: String, role: String) -> SourceFile {
        let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date).flatMap {
            $0
        }
        return SourceFile(
            path: shown, role: role, sha256: ContentHash.sha256(bytes), bytes: bytes.count,
            snapshot: modified.map { ISO8601DateFormatter().string(from: $0) })
    }
}
