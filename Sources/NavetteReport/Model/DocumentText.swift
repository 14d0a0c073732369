extension Report {
    /// The report with `transform` applied to every piece of text that comes from a document (alinéas,
    /// word-diff runs, a motion's wording, quotes of amendments) and to nothing else: numbers, labels,
    /// fates, dates, names and navette's own words are left alone.
    ///
    /// Golden tests mask legal text with it (the repository holds none). A new field holding document
    /// text must be added here.
    public func mapDocumentText(_ transform: (String) -> String) -> Report {
        var copy = self
        for a in copy.articles.indices {
            for s in copy.articles[a].steps.indices {
                for e in copy.articles[a].steps[s].alineas.indices {
                    var alinea = copy.articles[a].steps[s].alineas[e]
                    alinea.text = alinea.text.map(transform)
                    for o in alinea.ops.indices {
                        alinea.ops[o].text = transform(alinea.ops[o].text)
                        alinea.ops[o].old = alinea.ops[o].old.map(transform)
                    }
                    copy.articles[a].steps[s].alineas[e] = alinea
                }
            }
        }
        for m in copy.motions.indices {
            copy.motions[m].motion.title = copy.motions[m].motion.title.map(transform)
            for d in copy.motions[m].demands.indices {
                var demand = copy.motions[m].demands[d]
                demand.text = transform(demand.text)
                demand.addressee = demand.addressee.map(transform)
                demand.askedOf = demand.askedOf.map(transform)
                for i in demand.amendments.indices {
                    demand.amendments[i].evidence = transform(demand.amendments[i].evidence)
                }
                for i in demand.fallbacks.indices {
                    demand.fallbacks[i].evidence = transform(demand.fallbacks[i].evidence)
                }
                for i in demand.trajectory.indices {
                    demand.trajectory[i].quote = demand.trajectory[i].quote.map(transform)
                }
                copy.motions[m].demands[d] = demand
            }
        }
        return copy
    }
}
