import NavetteCore

/// One address a manifest asks navette to follow, and how to read what comes back.
public struct WatchSource: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A reading's text (`readings[].url`): articles are compared between snapshots.
        case text(reading: String)
        /// A dossier feed or page (`urls.senat`, `urls.senat-feed`, `urls.assemblee-opendata`): new readings.
        case dossier(site: String)
        /// An amendment's page (`amendments[].url`): its fate.
        case amendment(number: String)
        /// The amendments filed on a reading's text, as one list (`readings[].amendment-lists`).
        case amendmentList(reading: String, format: String)

        public var name: String {
            switch self {
            case .text: "text"
            case .dossier: "dossier"
            case .amendment: "amendment"
            case .amendmentList: "amendments"
            }
        }
    }

    public var url: String
    public var kind: Kind
    /// The local copy (relative to the mirror), read instead of the address with `--offline`.
    public var copy: String?

    public init(url: String, kind: Kind, copy: String? = nil) {
        self.url = url
        self.kind = kind
        self.copy = copy
    }

    /// How the manifest names it: `an-939`, `dossier senat`, `amendment 585`.
    public var label: String {
        switch kind {
        case .text(let reading): reading
        case .dossier(let site): "dossier \(site)"
        case .amendment(let number): "amendment \(number)"
        case .amendmentList(let reading, let format): "amendments \(reading) (\(format))"
        }
    }
}

/// The sources of a manifest, each address once, in the manifest's order: readings, then dossier
/// feeds, then amendment lists, then amendments.
///
/// Dossier feeds come from the manifest's `urls` under these keys: `senat` when it is a
/// `/dossier-legislatif/` page, `senat-feed` (the Sénat's Atom feed of the dossier) and
/// `assemblee-opendata` (the AN open-data dossier JSON). Other keys (`legifrance`, `lafabrique`) are
/// addresses for people, not feeds navette reads.
public enum SourcePlan {
    public static let dossierKeys = Manifest.dossierKeys

    public static func sources(for manifest: Manifest) -> [WatchSource] {
        var sources: [WatchSource] = []
        var seen: Set<String> = []
        func add(_ source: WatchSource) {
            if seen.insert(source.url).inserted { sources.append(source) }
        }
        for reading in manifest.readings {
            if let url = reading.url {
                add(WatchSource(url: url, kind: .text(reading: reading.id), copy: reading.copy))
            }
        }
        for key in dossierKeys {
            guard let url = manifest.urls[key] else { continue }
            if key == "senat", !url.contains("/dossier-legislatif/") { continue }
            add(WatchSource(url: url, kind: .dossier(site: key)))
        }
        for reading in manifest.readings {
            for list in reading.amendmentLists {
                add(WatchSource(url: list.url, kind: .amendmentList(reading: reading.id, format: list.format.rawValue)))
            }
        }
        for amendment in manifest.amendments {
            if let url = amendment.url {
                add(WatchSource(url: url, kind: .amendment(number: amendment.number), copy: amendment.copy))
            }
        }
        return sources
    }
}
