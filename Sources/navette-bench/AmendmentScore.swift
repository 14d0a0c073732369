import NavetteCore

/// How close one case's result came to `article_apres`, beyond exact or not (issue 14's measures).
///
/// - A case is *attainable* when every word `article_apres` inserts relative to `article_avant` (word
///   alignment, typography folded, punctuation marks counting as words) occurs in the text of one of the
///   case's amendments: otherwise the adopted text carries an editorial change no amendment asks for.
/// - *Gap closed* is `1 − d(result, apres) / d(avant, apres)`, `d` counting the words outside a longest
///   common alignment: 1 when exact, 0 when the result is no nearer than doing nothing, negative when it
///   is further away.
struct AmendmentScore {
    var isAttainable: Bool
    var gapClosed: Double
    /// Words from `article_avant` to `article_apres`, and from the result to `article_apres`.
    var distanceBefore: Int
    var distanceResult: Int

    init(before: [String], after: [String], result: [String], amendments: [String]) {
        let before = WordAlignment.keys(before)
        let after = WordAlignment.keys(after)
        let result = WordAlignment.keys(result)
        let available = Set(WordAlignment.keys(amendments))
        isAttainable = WordAlignment.inserted(from: before, to: after).allSatisfy(available.contains)
        distanceBefore = WordAlignment.distance(before, after)
        distanceResult = WordAlignment.distance(result, after)
        gapClosed = 1 - Double(distanceResult) / Double(max(distanceBefore, 1))
    }

    /// ` [attainable, gap closed 40%, 12 → 7 words]` for the verbose listing.
    var summary: String {
        let kind = isAttainable ? "attainable" : "not attainable"
        return
            " [\(kind), gap closed \(Int((gapClosed * 100).rounded()))%, \(distanceBefore) → \(distanceResult) words]"
    }
}

extension AmendmentBench {
    /// The cases that have a reference text to measure against (see `Case.lacksReference`).
    var scored: [Case] { cases.filter { !$0.lacksReference } }
    var attainable: [Case] { scored.filter(\.score.isAttainable) }

    /// True when `article_apres` is empty although no amendment deletes the article: the dataset
    /// lacks the adopted text (a deleted article is the only empty one), so no result can be measured.
    static func lacksReference(expected: [String], outcome: AmendmentSequence.Outcome) -> Bool {
        guard comparable(expected).isEmpty else { return false }
        return !outcome.amendments.flatMap(\.results).contains { result in
            if case .delete = result.edit.operation, result.edit.target.isWholeArticle { return true }
            return false
        }
    }

    func writeScores(to output: inout some TextOutputStream) {
        let unscored = cases.filter(\.lacksReference).map(\.name)
        if !unscored.isEmpty {
            output.write("without a reference text: \(unscored.count) ")
            output.write("(article_apres empty, no amendment deletes the article;")
            output.write(" left out of the measures below): \(unscored.joined(separator: ", "))\n")
        }
        let attainable = self.attainable
        let exact = attainable.filter(\.exact).count
        output.write("attainable: \(attainable.count)\n")
        output.write(
            "exact among attainable: \(exact)/\(attainable.count) (\(Self.percent(exact, attainable.count)))\n")
        let gaps = scored.map(\.score.gapClosed).sorted()
        guard !gaps.isEmpty else { return }
        let mean = gaps.reduce(0, +) / Double(gaps.count)
        let middle = gaps.count / 2
        let median = gaps.count % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2
        output.write("gap closed: mean \(Self.tenths(mean))% median \(Self.tenths(median))%\n")
        let worse = scored.filter { $0.score.gapClosed < 0 }.map(\.name)
        output.write(
            "worse than doing nothing: \(worse.count)\(worse.isEmpty ? "" : " (" + worse.joined(separator: ", ") + ")")\n"
        )
    }

    static func tenths(_ ratio: Double) -> String {
        let tenths = Int((abs(ratio) * 1000).rounded())
        return (ratio < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }
}
