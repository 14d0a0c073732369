/// Finds sentences (or whole deleted runs) of at least five words that were deleted in one place and
/// inserted in another (in the same alinéa or another one), folded-identical or nearly so
/// (`NearSentenceMoves`), and marks the two ops with a shared move id instead of counting them as a
/// deletion plus an insertion; a nearly identical one carries its word diff (`Op.edits`).
enum SentenceMoves {
    static let minimumWords = 5

    struct Candidate {
        var draft: Int
        var piece: Int
        var range: Range<Int>
        var words: Int
        var key: [Int]
    }

    struct Cut {
        var piece: Int
        var range: Range<Int>
        var move: Int
        /// For the insertion of a sentence edited on its way: its word diff against the deletion.
        var edits: MoveEdits? = nil
    }

    static func mark(_ drafts: inout [Draft], _ builder: inout ComparisonBuilder) {
        var deletions: [Candidate] = []
        var insertions: [Candidate] = []
        for (d, draft) in drafts.enumerated() {
            for (p, piece) in draft.pieces.enumerated() where piece.op != .equal {
                let deleted = piece.op == .delete
                let text = deleted ? builder.tokens(old: draft.old!) : builder.tokens(new: draft.new!)
                for range in candidateRanges(deleted ? piece.old : piece.new, text) {
                    let candidate = Candidate(
                        draft: d, piece: p, range: range, words: text.wordCount(range), key: Array(text.keys[range]))
                    if deleted { deletions.append(candidate) } else { insertions.append(candidate) }
                }
            }
        }
        guard !deletions.isEmpty, !insertions.isEmpty else { return }
        var insertionsByKey: [[Int]: [Int]] = [:]
        for (index, candidate) in insertions.enumerated() { insertionsByKey[candidate.key, default: []].append(index) }
        deletions.sort {
            $0.words != $1.words
                ? $0.words > $1.words : ($0.draft, $0.range.lowerBound) < ($1.draft, $1.range.lowerBound)
        }

        var oldCuts: [Int: [Cut]] = [:]
        var newCuts: [Int: [Cut]] = [:]
        var nextMove = 1
        for deletion in deletions where !overlaps(deletion, oldCuts) {
            guard let index = insertionsByKey[deletion.key]?.first(where: { !overlaps(insertions[$0], newCuts) }) else {
                continue
            }
            let insertion = insertions[index]
            oldCuts[deletion.draft, default: []].append(
                Cut(piece: deletion.piece, range: deletion.range, move: nextMove))
            newCuts[insertion.draft, default: []].append(
                Cut(piece: insertion.piece, range: insertion.range, move: nextMove))
            nextMove += 1
        }
        NearSentenceMoves.pair(
            deletions, insertions, drafts: drafts, oldCuts: &oldCuts, newCuts: &newCuts, nextMove: nextMove, &builder)
        for d in Set(oldCuts.keys).union(newCuts.keys) {
            drafts[d].pieces = split(drafts[d].pieces, by: (oldCuts[d] ?? []) + (newCuts[d] ?? []))
        }
    }

    /// The whole run, and each sentence inside it when there are several, of enough words.
    private static func candidateRanges(_ range: Range<Int>, _ text: TokenizedText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        if text.wordCount(range) >= minimumWords { ranges.append(range) }
        var start = range.lowerBound
        var sentences: [Range<Int>] = []
        for index in range where text.mark(index) == UInt8(ascii: ".") || text.mark(index) == UInt8(ascii: ";") {
            sentences.append(start..<index + 1)
            start = index + 1
        }
        if start < range.upperBound, !sentences.isEmpty { sentences.append(start..<range.upperBound) }
        if sentences.count > 1 {
            ranges += sentences.filter { text.wordCount($0) >= minimumWords }
        }
        return ranges
    }

    static func overlaps(_ candidate: Candidate, _ cuts: [Int: [Cut]]) -> Bool {
        cuts[candidate.draft]?.contains { $0.piece == candidate.piece && $0.range.overlaps(candidate.range) } ?? false
    }

    /// Cuts the pieces so each moved range is its own piece carrying its move id.
    private static func split(_ pieces: [Piece], by cuts: [Cut]) -> [Piece] {
        var output: [Piece] = []
        for (index, piece) in pieces.enumerated() {
            let mine = cuts.filter { $0.piece == index }.sorted { $0.range.lowerBound < $1.range.lowerBound }
            guard !mine.isEmpty else {
                output.append(piece)
                continue
            }
            let deleted = piece.op == .delete
            var position = deleted ? piece.old.lowerBound : piece.new.lowerBound
            let end = deleted ? piece.old.upperBound : piece.new.upperBound
            func part(_ range: Range<Int>, _ move: Int?) {
                guard !range.isEmpty else { return }
                var copy = piece
                if deleted { copy.old = range } else { copy.new = range }
                copy.move = move
                output.append(copy)
            }
            for cut in mine {
                part(position..<cut.range.lowerBound, nil)
                part(cut.range, cut.move)
                if cut.edits != nil { output[output.count - 1].edits = cut.edits }
                position = cut.range.upperBound
            }
            part(position..<end, nil)
        }
        return output
    }
}
