/// Everything read about a dossier for a report: its readings, the amendments each step examined,
/// the articles a manifest follows, the motions' scorecards, every file read (hashed) and what was
/// noticed on the way. NavetteFormats' `DossierMaterialReader` reads it; the report arranges it.
public struct DossierMaterial: Sendable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A La Fabrique de la loi dossier directory.
        case lafabrique
        /// A YAML manifest and the local copies it names.
        case manifest
    }

    public var dossier: Dossier
    public var kind: Kind
    /// The amendments examined in the step that produced a reading, by that reading's id.
    public var examined: [String: StepAmendments]
    /// Articles the manifest follows (final number, subject).
    public var followed: [FollowedArticle]
    public var scorecards: [Scorecard]
    public var sources: [SourceFile]
    public var diagnostics: [Diagnostic]

    public init(
        dossier: Dossier, kind: Kind, examined: [String: StepAmendments] = [:], followed: [FollowedArticle] = [],
        scorecards: [Scorecard] = [], sources: [SourceFile] = [], diagnostics: [Diagnostic] = []
    ) {
        self.dossier = dossier
        self.kind = kind
        self.examined = examined
        self.followed = followed
        self.scorecards = scorecards
        self.sources = sources
        self.diagnostics = diagnostics
    }
}
