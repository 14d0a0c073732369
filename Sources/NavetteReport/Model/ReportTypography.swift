import NavetteCore

extension Report {
    /// The report as readers see it by default: differences of typography only (’ or ', no-break
    /// spaces, `–` or `-`) are not marked, in the redline, the side-by-side view and the comparative
    /// table, as `Comparison.foldingTypography()` does for `navette diff`. Steps and alinéas keep their
    /// kind (a step "changed in typography only" still says so) and their statistics; the JSON report
    /// is written unfolded.
    public func foldingTypography() -> Report {
        var copy = self
        for a in copy.articles.indices {
            for s in copy.articles[a].steps.indices {
                for e in copy.articles[a].steps[s].alineas.indices {
                    for o in copy.articles[a].steps[s].alineas[e].ops.indices {
                        copy.articles[a].steps[s].alineas[e].ops[o].typographic = nil
                    }
                }
            }
            for r in copy.articles[a].table.rows.indices {
                for c in copy.articles[a].table.rows[r].cells.indices
                where copy.articles[a].table.rows[r].cells[c].state == .typographic {
                    copy.articles[a].table.rows[r].cells[c].state = .same
                }
            }
        }
        return copy
    }
}

extension AlineaReport {
    /// True when a run of the alinéa's word diff is marked as a difference of typography.
    var marksTypography: Bool { ops.contains { $0.typographic == true } }
}
