import NavetteCore

extension PlacementSummary {
    /// The figures of every amendment under `paths` (files, directory trees, zip archives, streamed one
    /// amendment at a time) against `text`; only the amendments on `article` when it is given.
    public static func streaming(paths: [String], on text: Reading, article: String?) throws -> PlacementSummary {
        var figures = PlacementSummary(text: text.articles)
        let key = article.map { ArticleNumber(label: $0).key }
        for path in paths {
            try AmendmentStream.forEachAmendment(path: path) { amendment, _ in
                if key == nil || amendment.target.article?.key == key { figures.add(amendment) }
            }
        }
        return figures
    }
}
