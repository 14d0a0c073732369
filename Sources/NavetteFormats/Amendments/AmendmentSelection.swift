import NavetteCore

extension AmendmentFile {
    /// The files' amendments on (or next to) an article, with the diagnostics about them or about
    /// the whole file; files left without amendments are dropped.
    public static func only(article: String, in files: [AmendmentFile]) -> [AmendmentFile] {
        let key = ArticleNumber(label: article).key
        return files.compactMap { file in
            var kept = file
            kept.amendments = file.amendments.filter { $0.target.article?.key == key }
            guard !kept.amendments.isEmpty else { return nil }
            let numbers = Set(file.amendments.map(\.number)).subtracting(kept.amendments.map(\.number))
            kept.diagnostics = file.diagnostics.filter { diagnostic in
                !numbers.contains { diagnostic.message.hasPrefix("amendement \($0):") }
            }
            return kept
        }
    }
}
