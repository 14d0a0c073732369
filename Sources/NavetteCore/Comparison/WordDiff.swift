/// The word diff inside one pair of aligned alinéas: Myers on token keys, then a tidy-up so that the
/// result reads like an editor's correction rather than a minimal edit script.
///
/// The tidy-up, after diff-match-patch's semantic cleanup: a tiny equal run (at most two words) caught
/// between two larger changes is folded into them (`[-A de B-]{+X de Y+}` rather than
/// `[-A-]{+X+} de [-B-]{+Y+}`); a pure insertion or deletion that could sit at several places slides to
/// the one that starts after, or ends with, a punctuation mark (`A, {+C,+} B` rather than `A{+, C+}, B`).
enum WordDiff {
    /// A stretch of the diff, in token indices: equal tokens, or tokens deleted and inserted.
    struct Segment: Equatable {
        var isEqual: Bool
        var old: Range<Int>
        var new: Range<Int>
    }

    static func segments(_ old: TokenizedText, _ new: TokenizedText) -> [Segment] {
        let matches = MyersDiff.matches(old.keys, new.keys)
        var segments = segments(from: matches, oldCount: old.keys.count, newCount: new.keys.count)
        mergeTinyEqualities(&segments, old, new)
        slidePureEdits(&segments, old, new)
        return normalized(segments)
    }

    static func segments(from matches: [MyersDiff.Match], oldCount: Int, newCount: Int) -> [Segment] {
        var segments: [Segment] = []
        var i = 0
        var j = 0
        for match in matches {
            if match.old > i || match.new > j {
                segments.append(Segment(isEqual: false, old: i..<match.old, new: j..<match.new))
            }
            segments.append(
                Segment(
                    isEqual: true, old: match.old..<match.old + match.count, new: match.new..<match.new + match.count))
            i = match.old + match.count
            j = match.new + match.count
        }
        if i < oldCount || j < newCount {
            segments.append(Segment(isEqual: false, old: i..<oldCount, new: j..<newCount))
        }
        return segments
    }

    // MARK: Tidy-up

    private static func weight(_ text: TokenizedText, _ range: Range<Int>) -> Int {
        var total = 0
        for index in range { total += text.keyLengths[index] }
        return total
    }

    /// One pass with a stack: each change, as it comes, swallows the tiny equal run before it (and,
    /// grown, possibly the one before that).
    private static func mergeTinyEqualities(_ segments: inout [Segment], _ old: TokenizedText, _ new: TokenizedText) {
        func size(_ segment: Segment) -> Int { max(weight(old, segment.old), weight(new, segment.new)) }
        var output: [Segment] = []
        output.reserveCapacity(segments.count)
        for segment in segments {
            guard !segment.isEqual else {
                output.append(segment)
                continue
            }
            var change = segment
            while output.count >= 2, let equal = output.last, equal.isEqual, !output[output.count - 2].isEqual,
                new.wordCount(equal.new) <= 2
            {
                let before = output[output.count - 2]
                let equalSize = weight(new, equal.new)
                guard equalSize <= size(before), equalSize <= size(change) else { break }
                output.removeLast(2)
                change = Segment(
                    isEqual: false, old: before.old.lowerBound..<change.old.upperBound,
                    new: before.new.lowerBound..<change.new.upperBound)
            }
            output.append(change)
        }
        segments = output
    }

    /// Slides each insertion or deletion between two equal runs to its best-reading position.
    private static func slidePureEdits(_ segments: inout [Segment], _ old: TokenizedText, _ new: TokenizedText) {
        guard segments.count >= 3 else { return }
        for index in 1..<(segments.count - 1) {
            let edit = segments[index]
            guard !edit.isEqual, segments[index - 1].isEqual, segments[index + 1].isEqual,
                edit.old.isEmpty != edit.new.isEmpty
            else { continue }
            let insertion = edit.old.isEmpty
            let side = insertion ? new : old
            let run = insertion ? edit.new : edit.old
            let leftStart = (insertion ? segments[index - 1].new : segments[index - 1].old).lowerBound
            let rightEnd = (insertion ? segments[index + 1].new : segments[index + 1].old).upperBound
            var shift = 0
            while run.lowerBound + shift - 1 >= leftStart,
                side.keys[run.lowerBound + shift - 1] == side.keys[run.upperBound + shift - 1]
            {
                shift -= 1
            }
            let original = boundaryScore(side, run.lowerBound, run.upperBound)
            var best = (score: original, shift: 0)
            while true {
                let score = boundaryScore(side, run.lowerBound + shift, run.upperBound + shift)
                if score > best.score { best = (score, shift) }
                guard run.upperBound + shift < rightEnd,
                    side.keys[run.lowerBound + shift] == side.keys[run.upperBound + shift]
                else { break }
                shift += 1
            }
            guard best.shift != 0 else { continue }
            let delta = best.shift
            segments[index - 1].old = segments[index - 1].old.lowerBound..<segments[index - 1].old.upperBound + delta
            segments[index - 1].new = segments[index - 1].new.lowerBound..<segments[index - 1].new.upperBound + delta
            segments[index].old = (edit.old.lowerBound + delta)..<(edit.old.upperBound + delta)
            segments[index].new = (edit.new.lowerBound + delta)..<(edit.new.upperBound + delta)
            segments[index + 1].old = (segments[index + 1].old.lowerBound + delta)..<segments[index + 1].old.upperBound
            segments[index + 1].new = (segments[index + 1].new.lowerBound + delta)..<segments[index + 1].new.upperBound
        }
    }

    /// How well an edit covering `start..<end` reads: best when it starts after a mark or at the
    /// start, and when it ends with a mark or at the end.
    private static func boundaryScore(_ side: TokenizedText, _ start: Int, _ end: Int) -> Int {
        func strength(_ index: Int) -> Int {
            guard index >= 0, index < side.count else { return 4 }
            guard side.kinds[index] == .punctuation else { return 0 }
            switch side.mark(index) {
            case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"): return 3
            case UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "-"):
                return 2
            default: return 1
            }
        }
        return strength(start - 1) + strength(end - 1) + (end >= side.count ? 4 : 0)
    }

    /// Drops empty runs and joins neighbours of the same kind.
    private static func normalized(_ segments: [Segment]) -> [Segment] {
        var output: [Segment] = []
        for segment in segments where !(segment.old.isEmpty && segment.new.isEmpty) {
            if let last = output.last, last.isEqual == segment.isEqual {
                output[output.count - 1].old = last.old.lowerBound..<segment.old.upperBound
                output[output.count - 1].new = last.new.lowerBound..<segment.new.upperBound
            } else {
                output.append(segment)
            }
        }
        return output
    }
}
