/// Sentences moved and lightly edited on the way: a deleted sentence (or run) and an inserted one, at
/// different places, whose words are nearly the same (Dice on their word keys ≥ `threshold`) are a move,
/// the insertion carrying the word diff from the deleted text (`Comparison.Op.edits`).
///
/// The threshold was measured on real reading pairs (the La Fabrique dossiers step by step, the
/// PLFSS 2018, ESSOC and simplification pairs): see `/work/notes/typo.md` and the test
/// `nearMovesOnRealReadings`. A deletion and an insertion side by side are an edit in place, never a
/// move. Work is bounded by `budget` pairs of candidates (each a merge of two sorted word arrays).
enum NearSentenceMoves {
    static let threshold = 0.8
    static let budget = 20_000

    static func pair(
        _ deletions: [SentenceMoves.Candidate], _ insertions: [SentenceMoves.Candidate], drafts: [Draft],
        oldCuts: inout [Int: [SentenceMoves.Cut]], newCuts: inout [Int: [SentenceMoves.Cut]], nextMove: Int,
        _ builder: inout ComparisonBuilder
    ) {
        let olds = deletions.filter { !SentenceMoves.overlaps($0, oldCuts) }
        let news = insertions.filter { !SentenceMoves.overlaps($0, newCuts) }
        guard !olds.isEmpty, !news.isEmpty, olds.count * news.count <= budget else { return }
        var oldBags: [[Int]] = []
        for candidate in olds { oldBags.append(bag(candidate, old: true, drafts, &builder)) }
        var newBags: [[Int]] = []
        for candidate in news { newBags.append(bag(candidate, old: false, drafts, &builder)) }
        var pairs: [(score: Double, old: Int, new: Int)] = []
        for (a, deletion) in olds.enumerated() {
            for (b, insertion) in news.enumerated() where !inPlace(deletion, insertion) {
                let score = dice(oldBags[a], newBags[b])
                if score >= threshold { pairs.append((score, a, b)) }
            }
        }
        pairs.sort { $0.score != $1.score ? $0.score > $1.score : ($0.old, $0.new) < ($1.old, $1.new) }
        var move = nextMove
        for pair in pairs {
            let deletion = olds[pair.old]
            let insertion = news[pair.new]
            guard !SentenceMoves.overlaps(deletion, oldCuts), !SentenceMoves.overlaps(insertion, newCuts) else {
                continue
            }
            let oldText = builder.tokens(old: drafts[deletion.draft].old!)
            let newText = builder.tokens(new: drafts[insertion.draft].new!)
            let edits = wordDiff(oldText, deletion.range, newText, insertion.range)
            oldCuts[deletion.draft, default: []].append(
                SentenceMoves.Cut(piece: deletion.piece, range: deletion.range, move: move))
            newCuts[insertion.draft, default: []].append(
                SentenceMoves.Cut(piece: insertion.piece, range: insertion.range, move: move, edits: edits))
            move += 1
        }
    }

    /// A deletion followed by an insertion in the same alinéa is a rewrite where it stands.
    private static func inPlace(_ deletion: SentenceMoves.Candidate, _ insertion: SentenceMoves.Candidate) -> Bool {
        deletion.draft == insertion.draft && abs(deletion.piece - insertion.piece) <= 1
    }

    private static func bag(
        _ candidate: SentenceMoves.Candidate, old: Bool, _ drafts: [Draft], _ builder: inout ComparisonBuilder
    ) -> [Int] {
        let text = old ? builder.tokens(old: drafts[candidate.draft].old!) : builder.tokens(new: drafts[candidate.draft].new!)
        var keys: [Int] = []
        for index in candidate.range where text.isWordLike(index) { keys.append(text.keys[index]) }
        return keys.sorted()
    }

    /// `2·|A∩B| / (|A|+|B|)` on two sorted arrays of word keys.
    static func dice(_ a: [Int], _ b: [Int]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        var x = 0
        var y = 0
        var common = 0
        while x < a.count, y < b.count {
            if a[x] == b[y] {
                common += 1
                x += 1
                y += 1
            } else if a[x] < b[y] {
                x += 1
            } else {
                y += 1
            }
        }
        return Double(2 * common) / Double(a.count + b.count)
    }

    /// The word diff of the deleted tokens `old` against the inserted tokens `new`, as ops (`equal` and
    /// `insert` in the new text, `delete` in the old).
    private static func wordDiff(
        _ oldText: TokenizedText, _ old: Range<Int>, _ newText: TokenizedText, _ new: Range<Int>
    ) -> [Comparison.Op] {
        let matches = MyersDiff.matches(Array(oldText.keys[old]), Array(newText.keys[new]))
        var ops: [Comparison.Op] = []
        for segment in WordDiff.segments(from: matches, oldCount: old.count, newCount: new.count) {
            let oldRange = old.lowerBound + segment.old.lowerBound..<old.lowerBound + segment.old.upperBound
            let newRange = new.lowerBound + segment.new.lowerBound..<new.lowerBound + segment.new.upperBound
            if segment.isEqual {
                ops.append(Comparison.Op(.equal, newText.slice(newRange)))
            } else {
                if !oldRange.isEmpty { ops.append(Comparison.Op(.delete, oldText.slice(oldRange))) }
                if !newRange.isEmpty { ops.append(Comparison.Op(.insert, newText.slice(newRange))) }
            }
        }
        return ops
    }
}
