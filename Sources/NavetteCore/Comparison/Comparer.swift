/// Compares two versions of an article's alinéas: aligns them (`AlineaAlignment`), diffs each aligned
/// pair word by word (`WordDiff`), finds moved sentences (`SentenceMoves`), and counts.
public enum Comparer {
    public static func compare(old: [Alinea], new: [Alinea]) -> Comparison {
        var builder = ComparisonBuilder(old: old, new: new)
        return builder.build()
    }
}

/// A run of an alinéa's word diff in token indices, before it becomes text.
struct Piece {
    var op: Comparison.Op.Kind
    var old: Range<Int>
    var new: Range<Int>
    var move: Int? = nil
    /// For the insertion of a sentence moved and edited: its word diff (`Comparison.Op.edits`).
    var edits: MoveEdits? = nil
}

/// An alinéa entry before it becomes text.
struct Draft {
    var kind: Comparison.Entry.Kind
    var old: Int?
    var new: Int?
    var pieces: [Piece]
}

struct ComparisonBuilder {
    let old: [Alinea]
    let new: [Alinea]
    var interner = KeyInterner()
    private var oldTexts: [TokenizedText?]
    private var newTexts: [TokenizedText?]

    init(old: [Alinea], new: [Alinea]) {
        self.old = old
        self.new = new
        self.oldTexts = Array(repeating: nil, count: old.count)
        self.newTexts = Array(repeating: nil, count: new.count)
    }

    /// The tokens of an alinéa, cut once and kept.
    mutating func tokens(old index: Int) -> TokenizedText {
        if let cached = oldTexts[index] { return cached }
        let text = TokenizedText(old[index].text, interner: &interner)
        oldTexts[index] = text
        return text
    }

    mutating func tokens(new index: Int) -> TokenizedText {
        if let cached = newTexts[index] { return cached }
        let text = TokenizedText(new[index].text, interner: &interner)
        newTexts[index] = text
        return text
    }

    mutating func build() -> Comparison {
        let alignment = AlineaAlignment.align(&self)
        var drafts = order(alignment).map { draft($0) }
        SentenceMoves.mark(&drafts, &self)
        var stats = Comparison.Stats()
        var entries: [Comparison.Entry] = []
        entries.reserveCapacity(drafts.count)
        for draft in drafts {
            count(draft, into: &stats)
            entries.append(entry(draft))
        }
        stats.sentencesMoved = Set(drafts.flatMap { $0.pieces.compactMap(\.move) }).count
        return Comparison(alineas: entries, stats: stats)
    }

    // MARK: Order

    /// Entries in the order of the new text; deleted alinéas come where they stood in the old one,
    /// before the alinéas inserted at the same place (as a diff reads: what went, then what came).
    private func order(_ alignment: AlineaAlignment) -> [AlineaAlignment.Pair] {
        var byNew: [AlineaAlignment.Pair?] = Array(repeating: nil, count: new.count)
        var pairedOld = [Bool](repeating: false, count: old.count)
        for pair in alignment.pairs {
            byNew[pair.new] = pair
            pairedOld[pair.old] = true
        }
        // For each new position, the old index of the next in-order pair (the end of its gap).
        var gapEnd = [Int](repeating: old.count, count: new.count + 1)
        for j in stride(from: new.count - 1, through: 0, by: -1) {
            if let pair = byNew[j], pair.kind != .moved { gapEnd[j] = pair.old } else { gapEnd[j] = gapEnd[j + 1] }
        }
        var ordered: [AlineaAlignment.Pair] = []
        var nextOld = 0
        func flushDeleted(upTo limit: Int) {
            while nextOld < limit {
                if !pairedOld[nextOld] { ordered.append(.init(old: nextOld, new: -1, kind: .deleted)) }
                nextOld += 1
            }
        }
        for j in 0..<new.count {
            flushDeleted(upTo: gapEnd[j])
            guard let pair = byNew[j] else {
                ordered.append(.init(old: -1, new: j, kind: .inserted))
                continue
            }
            if pair.kind != .moved { nextOld = max(nextOld, pair.old + 1) }
            ordered.append(pair)
        }
        flushDeleted(upTo: old.count)
        return ordered
    }

    // MARK: Drafts

    private mutating func draft(_ pair: AlineaAlignment.Pair) -> Draft {
        switch pair.kind {
        case .inserted:
            let text = tokens(new: pair.new)
            return Draft(
                kind: .inserted, old: nil, new: pair.new, pieces: [Piece(op: .insert, old: 0..<0, new: 0..<text.count)])
        case .deleted:
            let text = tokens(old: pair.old)
            return Draft(
                kind: .deleted, old: pair.old, new: nil, pieces: [Piece(op: .delete, old: 0..<text.count, new: 0..<0)])
        case .identical where old[pair.old].text == new[pair.new].text:
            return Draft(kind: .unchanged, old: pair.old, new: pair.new, pieces: [])
        case .identical, .similar, .moved:
            let segments = WordDiff.segments(tokens(old: pair.old), tokens(new: pair.new))
            var pieces: [Piece] = []
            for segment in segments {
                if segment.isEqual {
                    pieces.append(Piece(op: .equal, old: segment.old, new: segment.new))
                } else {
                    if !segment.old.isEmpty {
                        pieces.append(
                            Piece(op: .delete, old: segment.old, new: segment.new.lowerBound..<segment.new.lowerBound))
                    }
                    if !segment.new.isEmpty {
                        pieces.append(
                            Piece(op: .insert, old: segment.old.upperBound..<segment.old.upperBound, new: segment.new))
                    }
                }
            }
            let kind: Comparison.Entry.Kind
            if pair.kind == .moved {
                kind = .moved
            } else if pair.kind == .identical || pieces.allSatisfy({ $0.op == .equal }) {
                kind = .typographic
            } else {
                kind = .changed
            }
            return Draft(kind: kind, old: pair.old, new: pair.new, pieces: pieces)
        }
    }

    // MARK: Text

    private mutating func entry(_ draft: Draft) -> Comparison.Entry {
        var ops: [Comparison.Op] = []
        let oldText = draft.pieces.isEmpty ? nil : draft.old.map { tokens(old: $0) }
        let newText = draft.pieces.isEmpty ? nil : draft.new.map { tokens(new: $0) }
        for piece in draft.pieces {
            switch piece.op {
            case .delete:
                ops.append(Comparison.Op(.delete, oldText!.slice(piece.old), move: piece.move))
            case .insert:
                var op = Comparison.Op(.insert, newText!.slice(piece.new), move: piece.move)
                op.edits = piece.edits?.ops
                ops.append(op)
            case .equal:
                appendEqual(piece, oldText!, newText!, to: &ops)
            }
        }
        ops.removeAll { $0.text.isEmpty && ($0.old ?? "").isEmpty }  // an empty alinéa has nothing to show
        return Comparison.Entry(
            kind: draft.kind, oldNumber: draft.old.map { $0 + 1 }, newNumber: draft.new.map { $0 + 1 },
            old: draft.old.map { old[$0].text }, new: draft.new.map { new[$0].text }, ops: ops)
    }

    /// An equal run, cut where the original texts differ (typography), so each difference is its own op.
    /// Spacing after the run's last token is not compared: next to a change it differs by construction.
    private func appendEqual(
        _ piece: Piece, _ oldText: TokenizedText, _ newText: TokenizedText, to ops: inout [Comparison.Op]
    ) {
        let count = piece.new.count
        var start = 0
        var runSame: Bool? = nil
        func emit(_ end: Int) {
            guard end > start else { return }
            let newRange = piece.new.lowerBound + start..<piece.new.lowerBound + end
            let oldRange = piece.old.lowerBound + start..<piece.old.lowerBound + end
            let same = newText.sameText(newRange, as: oldRange, in: oldText)
            ops.append(
                Comparison.Op(
                    .equal, newText.slice(newRange), old: same ? nil : oldText.slice(oldRange),
                    isTypographic: runSame == false))
        }
        // Most equal runs are written identically: one comparison of their bytes settles it.
        if newText.sameText(piece.new.dropLast(), as: piece.old.dropLast(), in: oldText),
            count == 0
                || newText.sameText(
                    piece.new.upperBound - 1, as: piece.old.upperBound - 1, in: oldText, spacesIncluded: false)
        {
            runSame = true
            emit(count)
            return
        }
        for k in 0..<count {
            let same = newText.sameText(
                piece.new.lowerBound + k, as: piece.old.lowerBound + k, in: oldText, spacesIncluded: k + 1 < count)
            if let runSame, runSame != same {
                emit(k)
                start = k
            }
            runSame = same
        }
        emit(count)
    }

    // MARK: Counts

    private mutating func count(_ draft: Draft, into stats: inout Comparison.Stats) {
        switch draft.kind {
        case .unchanged: stats.alineasUnchanged += 1
        case .typographic: stats.alineasTypographic += 1
        case .changed: stats.alineasChanged += 1
        case .inserted: stats.alineasAdded += 1
        case .deleted: stats.alineasRemoved += 1
        case .moved: stats.alineasMoved += 1
        }
        for piece in draft.pieces {
            // A moved sentence counts only the words edited on its way.
            guard piece.move == nil else {
                stats.wordsAdded += piece.edits?.wordsAdded ?? 0
                stats.wordsRemoved += piece.edits?.wordsRemoved ?? 0
                continue
            }
            if piece.op == .insert, let index = draft.new {
                stats.wordsAdded += tokens(new: index).wordCount(piece.new)
            }
            if piece.op == .delete, let index = draft.old {
                stats.wordsRemoved += tokens(old: index).wordCount(piece.old)
            }
        }
    }
}
