import NavetteCore

/// What a report is made from: the dossier and what was read around it. The caller does the reading
/// (files, hashes, dates); the builder only arranges.
public struct ReportInput: Sendable {
    public var dossier: Dossier
    public var kind: DossierInfo.Kind
    /// The amendments examined in the step that produced a reading, by that reading's id.
    public var examined: [String: StepAmendments]
    /// Labels asked for (`--article`): a label in any reading, or the law's number. Empty: every
    /// article the manifest follows, or every article of the dossier.
    public var articles: [String]
    /// Articles the manifest follows (final number, subject).
    public var followed: [FollowedArticle]
    public var scorecards: [Scorecard]
    public var sources: [SourceFile]
    /// ISO 8601 date and time of the report.
    public var generated: String
    public var tool: String
    public var diagnostics: [Diagnostic]

    /// What was read about a dossier, with the report's own settings.
    public init(_ material: DossierMaterial, articles: [String], generated: String, tool: String) {
        self.init(
            dossier: material.dossier, kind: material.kind, examined: material.examined, articles: articles,
            followed: material.followed, scorecards: material.scorecards, sources: material.sources,
            generated: generated, tool: tool, diagnostics: material.diagnostics)
    }

    public init(
        dossier: Dossier, kind: DossierInfo.Kind, examined: [String: StepAmendments] = [:], articles: [String] = [],
        followed: [FollowedArticle] = [], scorecards: [Scorecard] = [], sources: [SourceFile] = [], generated: String,
        tool: String, diagnostics: [Diagnostic] = []
    ) {
        self.dossier = dossier
        self.kind = kind
        self.examined = examined
        self.articles = articles
        self.followed = followed
        self.scorecards = scorecards
        self.sources = sources
        self.generated = generated
        self.tool = tool
        self.diagnostics = diagnostics
    }
}
