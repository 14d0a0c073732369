/// The comparison as a reader sees it by default: what changed in the law, not in the typesetting.
///
/// The Assemblée and the Sénat typeset the same words differently (’ or ', no-break or plain spaces,
/// `–` or `-`); the comparison keeps every such difference (`Op.isTypographic`, alinéas of kind
/// `typographic`) and JSON writes them all. The human outputs show them only on request (`--typography`):
/// by default they render this folded copy, where no equal run is marked typographic. Alinéas of kind
/// `typographic` keep their kind (they are counted "typography only", apart from "changed") and show
/// as unchanged text. `old` is kept, so the old text can still be put back together exactly.
extension Comparison {
    public func foldingTypography() -> Comparison {
        var copy = self
        for index in copy.alineas.indices where copy.alineas[index].kind != .unchanged {
            for op in copy.alineas[index].ops.indices { copy.alineas[index].ops[op].isTypographic = false }
        }
        return copy
    }
}

extension ArticleDiff {
    /// See `Comparison.foldingTypography()`.
    public func foldingTypography() -> ArticleDiff {
        var copy = self
        copy.comparison = comparison.foldingTypography()
        return copy
    }
}

extension ReadingComparison {
    /// See `Comparison.foldingTypography()`.
    public func foldingTypography() -> ReadingComparison {
        var copy = self
        copy.articles = articles.map { $0.foldingTypography() }
        return copy
    }
}
