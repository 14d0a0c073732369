/// Merges what `follow` found in a dossier into a manifest that may have been edited by hand: readings
/// found for the first time are added in their place in the navette, addresses and facts missing from a
/// known reading are filled in, and nothing written in the manifest is changed or removed (articles,
/// facts, amendments, decisions, motions, notes, copies, corrected dates or numbers). Each difference
/// is said in one line, so that `follow` can print what it did and what it left as written.
public enum ManifestMerge {
    public struct Result: Sendable {
        public var manifest: Manifest
        /// `added reading an-ta96 (assemblee, 1ère lecture, hemicycle, 2023-03-28)`, one per change.
        public var changes: [String]
        /// `an-939: the dossier gives date 2023-03-08, the manifest's 2023-03-09 is kept`.
        public var kept: [String]
    }

    public static func merge(existing: Manifest, found: Manifest) -> Result {
        var merged = existing
        var changes: [String] = []
        var kept: [String] = []
        for (key, url) in found.urls.sorted(by: { $0.key < $1.key }) where merged.urls[key] == nil {
            merged.urls[key] = url
            changes.append("added address \(key): \(url)")
        }
        if merged.nor == nil, let nor = found.nor {
            merged.nor = nor
            changes.append("added NOR \(nor)")
        }
        // Where the next new reading goes: after the last known reading met so far in the dossier's order.
        var insertion = 0
        var ids = Set(merged.readings.map(\.id))
        // Each known reading stands for one found reading at most; readings added here stand for theirs.
        var claimed: Set<String> = []
        for reading in found.readings {
            if let index = match(reading, in: merged.readings.filter { !claimed.contains($0.id) })
                .flatMap({ id in merged.readings.firstIndex { $0.id == id } })
            {
                claimed.insert(merged.readings[index].id)
                let (filled, lines, notes) = fill(merged.readings[index], from: reading)
                merged.readings[index] = filled
                changes += lines
                kept += notes
                insertion = index + 1
                continue
            }
            var added = reading
            added.id = unique(reading.id, in: ids)
            ids.insert(added.id)
            claimed.insert(added.id)
            merged.readings.insert(added, at: insertion)
            insertion += 1
            changes.append("added reading \(added.id) (\(describe(added)))")
            for list in added.amendmentLists { changes.append("\(added.id): amendment list \(list.url)") }
        }
        return Result(manifest: merged, changes: changes, kept: kept)
    }

    /// The known reading that is the same text: same id and chamber; else same address in the same
    /// stage (one address may serve two readings: an adopted text transmitted for the next stage), or
    /// the same address alone; else same chamber, stage, step and date.
    static func match(_ reading: ManifestReading, in readings: [ManifestReading]) -> String? {
        if let known = readings.first(where: { $0.id == reading.id && $0.chamber == reading.chamber }) {
            return known.id
        }
        if let url = reading.url {
            if let known = readings.first(where: { $0.url == url && $0.stage == reading.stage }) { return known.id }
            if let known = readings.first(where: { $0.url == url }) { return known.id }
        }
        return readings.first { known in
            known.chamber == reading.chamber && known.stage == reading.stage && known.step == reading.step
                && known.date == reading.date && known.date != nil
        }?.id
    }

    private static func fill(_ known: ManifestReading, from found: ManifestReading) -> (
        ManifestReading, [String], [String]
    ) {
        var reading = known
        var changes: [String] = []
        var kept: [String] = []
        let fields: [(String, WritableKeyPath<ManifestReading, String?>)] = [
            ("step", \.step), ("date", \.date), ("number", \.number), ("url", \.url),
        ]
        for (name, path) in fields {
            guard let value = found[keyPath: path] else { continue }
            if let current = reading[keyPath: path] {
                if current != value {
                    kept.append("\(known.id): the dossier gives \(name) \(value), the manifest's \(current) is kept")
                }
            } else {
                reading[keyPath: path] = value
                if name == "url" { reading.origin = found.origin }
                changes.append("\(known.id): \(name) \(value)")
            }
        }
        for list in found.amendmentLists where !reading.amendmentLists.contains(where: { $0.url == list.url }) {
            reading.amendmentLists.append(list)
            changes.append("\(known.id): amendment list \(list.url)")
        }
        return (reading, changes, kept)
    }

    private static func unique(_ id: String, in ids: Set<String>) -> String {
        guard ids.contains(id) else { return id }
        var counter = 2
        while ids.contains("\(id)-\(counter)") { counter += 1 }
        return "\(id)-\(counter)"
    }

    public static func describe(_ reading: ManifestReading) -> String {
        [reading.chamber.rawValue, reading.stage, reading.step, reading.date].compactMap { $0 }.joined(separator: ", ")
    }
}
