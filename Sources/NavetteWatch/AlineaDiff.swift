import NavetteCore

/// One alinéa that changed, in the shape of NavetteCore's `Comparison.Entry` (same JSON field names:
/// `kind` changed/inserted/deleted, 1-based `oldNumber`/`newNumber`, `old`/`new` original text, `ops`
/// equal/insert/delete), so alerts and stored changes keep their form when the comparison engine
/// replaces `AlineaDiff`.
public struct AlineaChange: Sendable, Hashable, Codable {
    public struct Op: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable { case equal, insert, delete }
        public var op: Kind
        /// Original text with the spaces that follow it (new text for `equal`).
        public var text: String
        /// For `equal`: the old text when it differs from `text` (spacing, typography), so that the
        /// old alinéa can be put back together exactly.
        public var old: String?
    }

    public var kind: String
    public var oldNumber: Int?
    public var newNumber: Int?
    public var old: String?
    public var new: String?
    public var ops: [Op]
}

/// The changed alinéas between two versions of an article: alinéas aligned on their folded text
/// (longest common subsequence), the unmatched ones between two anchors paired in order as rewritten,
/// each pair diffed word by word on folded words. Typography and spacing alone (’ for ', a space
/// after a full stop) are no change.
///
/// Interim: NavetteCore's `Comparer` (alignment, moves, typographic ops) is being written in parallel.
/// When it lands, `changedAlineas` becomes
/// `Comparer.compare(old:new:).alineas.filter { $0.kind != .unchanged && $0.kind != .typographic }`
/// mapped to `AlineaChange`; nothing else depends on how the diff is made.
public enum AlineaDiff {
    public static func changedAlineas(old: [Alinea], new: [Alinea]) -> [AlineaChange] {
        let pairs = commonSubsequence(old.map(key), new.map(key))
        var changes: [AlineaChange] = []
        var oldIndex = 0
        var newIndex = 0
        for (matchOld, matchNew) in pairs + [(old.count, new.count)] {
            let removed = Array(oldIndex..<matchOld)
            let added = Array(newIndex..<matchNew)
            for offset in 0..<max(removed.count, added.count) {
                let before = offset < removed.count ? removed[offset] : nil
                let after = offset < added.count ? added[offset] : nil
                changes.append(change(old: before.map { (index: $0, alinea: old[$0]) }, new: after.map { (index: $0, alinea: new[$0]) }))
            }
            oldIndex = matchOld + 1
            newIndex = matchNew + 1
        }
        return changes
    }

    /// What two alinéas must share to be the same: folded text, spacing aside (sources differ on a
    /// space after a full stop or before a colon).
    static func key(_ alinea: Alinea) -> String {
        String(alinea.folded.unicodeScalars.filter { !Folding.isSpace($0) }.map(Character.init))
    }

    private static func change(old: (index: Int, alinea: Alinea)?, new: (index: Int, alinea: Alinea)?) -> AlineaChange {
        var change = AlineaChange(
            kind: old == nil ? "inserted" : new == nil ? "deleted" : "changed", oldNumber: old.map { $0.index + 1 },
            newNumber: new.map { $0.index + 1 }, old: old?.alinea.text, new: new?.alinea.text, ops: [])
        switch (old, new) {
        case (let old?, let new?): change.ops = words(old.alinea.text, new.alinea.text)
        case (let old?, nil): change.ops = [.init(op: .delete, text: old.alinea.text)]
        case (nil, let new?): change.ops = [.init(op: .insert, text: new.alinea.text)]
        default: break
        }
        return change
    }

    /// Word diff of two alinéas. Tokens are words and punctuation marks, each with the spaces that
    /// follow it, compared folded (so `2013.` against `2012.` changes the year, not the full stop).
    static func words(_ old: String, _ new: String) -> [AlineaChange.Op] {
        var memo: [Substring: String] = [:]
        let before = tokens(old, memo: &memo)
        let after = tokens(new, memo: &memo)
        // Past this size the quadratic table costs more than the answer is worth: replace whole.
        guard before.count * after.count <= 4_000_000 else {
            return [.init(op: .delete, text: old), .init(op: .insert, text: new)]
        }
        let pairs = commonSubsequence(before.map(\.key), after.map(\.key))
        var ops: [AlineaChange.Op] = []
        func add(_ kind: AlineaChange.Op.Kind, _ text: String, old: String? = nil) {
            if let last = ops.last, last.op == kind {
                if kind == .equal, last.old != nil || old != nil {
                    ops[ops.count - 1].old = (last.old ?? last.text) + (old ?? text)
                }
                ops[ops.count - 1].text += text
            } else {
                ops.append(.init(op: kind, text: text, old: old))
            }
        }
        var oldIndex = 0
        var newIndex = 0
        for (matchOld, matchNew) in pairs + [(before.count, after.count)] {
            for index in oldIndex..<matchOld { add(.delete, before[index].text) }
            for index in newIndex..<matchNew { add(.insert, after[index].text) }
            if matchNew < after.count {
                let previous = before[matchOld].text
                add(.equal, after[matchNew].text, old: previous == after[matchNew].text ? nil : previous)
            }
            oldIndex = matchOld + 1
            newIndex = matchNew + 1
        }
        return ops
    }

    static let marks: Set<Character> = [".", ",", ";", ":", "!", "?", "(", ")", "«", "»", "\"", "“", "”"]

    /// Words and punctuation marks (`.,;:!?()«»"`), each with the spaces after it. Keys are folded
    /// once per distinct word (`memo`): legal text repeats its words.
    private static func tokens(_ text: String, memo: inout [Substring: String]) -> [(text: String, key: String)] {
        var result: [(text: String, key: String)] = []
        var start = text.startIndex
        var wordEnd = text.startIndex
        var inSpace = false
        var previousIsMark = false
        func close(at end: String.Index) {
            guard start < end else { return }
            let word = text[start..<wordEnd]
            let key: String
            if let known = memo[word] {
                key = known
            } else {
                key = Folding.fold(String(word))
                memo[word] = key
            }
            result.append((String(text[start..<end]), key))
            start = end
        }
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.unicodeScalars.allSatisfy(Folding.isSpace) {
                if !inSpace { wordEnd = index }
                inSpace = true
            } else {
                let mark = marks.contains(character)
                // A mark ends the word before it and is a token of its own ("L. 551-1" is "L", ".", "551-1").
                if inSpace || mark || previousIsMark {
                    if !inSpace { wordEnd = index }
                    close(at: index)
                }
                inSpace = false
                previousIsMark = mark
            }
            index = text.index(after: index)
        }
        if !inSpace { wordEnd = text.endIndex }
        close(at: text.endIndex)
        return result
    }

    /// Index pairs of a longest common subsequence of `a` and `b`, in order.
    static func commonSubsequence(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        let width = b.count + 1
        var lengths = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * width + j] = a[i] == b[j]
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, Folding.isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, Folding.isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }
}
