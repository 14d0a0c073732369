/// Which version of an article each reading of a dossier holds, through the lineage: the label may
/// be the article's label in any reading or its final number (`--article 10` finds the history that
/// was article 7), placeholders (`(Non modifié)`, `Conforme`, `II. – (Non modifié)`) carry the text
/// of the last reading that wrote it out.
public enum ArticleLookup {
    /// One entry per reading of the dossier, nil where the article is absent; nil when no history has
    /// that label.
    public static func steps(of label: String, in dossier: Dossier) -> [Article?] {
        guard let history = DossierLineage(dossier).history(forLabel: label) else {
            return dossier.readings.map { _ in nil }
        }
        return dossier.readings.map { reading in
            guard let step = history.step(in: reading.id), step.isPresent, let stepLabel = step.label else {
                return nil
            }
            var article = reading.article(stepLabel) ?? Article(label: stepLabel)
            article.alineas = step.alineas
            return article
        }
    }
}
