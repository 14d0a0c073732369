/// Sentences moved and lightly edited on the way: a deleted sentence (or run) and an inserted one, at
/// different places, whose words are nearly the same (Dice on their word keys ≥ `threshold`) are a move,
/// the insertion carrying the word diff from the deleted text (`Comparison.Op.edits`). Exact moves are
/// found first (`SentenceMoves`); what they left is paired here, best score first.
///
/// Threshold, measured on real reading pairs (La Fabrique pjl09-200, pjl11-350, ppl11-290 step by
/// step; PLFSS 2018, ESSOC, simplification pion1890→ta0376; issue 16's closing note): of the deleted
/// runs of 8+ words left after exact moves, those whose best match elsewhere scores ≥ 0.8 are the same
/// sentence with a few words changed (a penalty "Est puni de … euros" become "Encourt … €", a decree's
/// clause moved into the next sentence); between 0.7 and 0.8 most are formulaic look-alikes
/// ("5° Le sixième alinéa de l'article L. 123-1 est complété…" against "2° Après le sixième alinéa de
/// l'article L. 123-1, il est inséré…"), left as a deletion and an insertion. Runs under 8 words are
/// not paired: at 5–7 words the matches ≥ 0.8 were mostly common phrases ("du code de la sécurité
/// sociale"). A deletion and an insertion side by side in one alinéa are an edit in place, never a move.
///
/// Cost: with D deleted and I inserted candidates left, at most `budget` (D·I) comparisons of two sorted
/// word arrays (each linear in the two sentences' words), then a word diff per pair kept; above the
/// budget nothing is paired (the article is rewritten, not reordered).
enum NearSentenceMoves {
    static let threshold = 0.8
    /// Shorter runs ("du code de la sécurité sociale") match common phrases anywhere in an article.
    static let minimumWords = 8
    static let budget = 20_000

    static func pair(
        _ deletions: [SentenceMoves.Candidate], _ insertions: [SentenceMoves.Candidate], drafts: [Draft],
        oldCuts: inout [Int: [SentenceMoves.Cut]], newCuts: inout [Int: [SentenceMoves.Cut]], nextMove: Int,
        _ builder: inout ComparisonBuilder
    ) {
        let olds = deletions.filter { $0.words >= minimumWords && !SentenceMoves.overlaps($0, oldCuts) }
        let news = insertions.filter { $0.words >= minimumWords && !SentenceMoves.overlaps($0, newCuts) }
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
            let diff = MoveEdits(oldText, deletion.range, newText, insertion.range)
            let edits = diff.ops.contains { $0.op != .equal } ? diff : nil
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
        let draft = drafts[candidate.draft]
        return WordBags.bag(old ? builder.tokens(old: draft.old!) : builder.tokens(new: draft.new!), candidate.range)
    }

    /// `2·|A∩B| / (|A|+|B|)` on two sorted arrays of word keys.
    static func dice(_ a: [Int], _ b: [Int]) -> Double {
        a.isEmpty && b.isEmpty ? 0 : Double(2 * WordBags.common(a, b)) / Double(a.count + b.count)
    }
}

/// The word diff of a sentence moved and edited, from its deleted text to its inserted one, with the
/// words it changed (counted in `Comparison.Stats`).
struct MoveEdits {
    /// `equal` and `insert` runs in the new text, `delete` runs in the old.
    var ops: [Comparison.Op] = []
    var wordsAdded = 0
    var wordsRemoved = 0

    init(_ oldText: TokenizedText, _ old: Range<Int>, _ newText: TokenizedText, _ new: Range<Int>) {
        let matches = MyersDiff.matches(Array(oldText.keys[old]), Array(newText.keys[new]))
        for segment in WordDiff.segments(from: matches, oldCount: old.count, newCount: new.count) {
            let oldRange = old.lowerBound + segment.old.lowerBound..<old.lowerBound + segment.old.upperBound
            let newRange = new.lowerBound + segment.new.lowerBound..<new.lowerBound + segment.new.upperBound
            if segment.isEqual {
                ops.append(Comparison.Op(.equal, newText.slice(newRange)))
                continue
            }
            if !oldRange.isEmpty {
                ops.append(Comparison.Op(.delete, oldText.slice(oldRange)))
                wordsRemoved += oldText.wordCount(oldRange)
            }
            if !newRange.isEmpty {
                ops.append(Comparison.Op(.insert, newText.slice(newRange)))
                wordsAdded += newText.wordCount(newRange)
            }
        }
    }
}
