/// Word-level edits: quoted words found on the folded text, replaced in the original.
extension ArticleEditor {
    /// A place in one line: the line and a range of scalar offsets (a phrase, or the whole line).
    struct Span {
        var line: Int
        var range: Range<Int>
    }

    /// Where words were found: each occurrence's line and range, and how the choice went.
    typealias Occurrences = (found: [(line: Int, range: Range<Int>)], done: Done)

    /// The spans a target names: each line, narrowed to its phrase when one is named.
    func spans(_ target: EditTarget) throws -> [Span] {
        var result: [Span] = []
        for index in try resolve(target) {
            let scalars = Array(lines[index].text.unicodeScalars)
            guard let phrase = target.phrases.first else {
                result.append(Span(line: index, range: 0..<scalars.count))
                continue
            }
            let sentences = Self.sentenceRanges(scalars)
            guard let position = phrase.index(in: sentences.count) else {
                throw EditFailure(
                    kind: .targetNotFound, detail: "no phrase \(phrase) in alinéa (\(sentences.count) phrases)")
            }
            result.append(Span(line: index, range: sentences[position]))
        }
        return result
    }

    /// Sentences without the closing marks of a quoted block after the last one.
    static func sentenceRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges = ArticleOutline.sentences(scalars)
        if let last = ranges.last {
            var end = last.upperBound
            while end > last.lowerBound,
                "»\"”;, ".unicodeScalars.contains(scalars[end - 1]) || Folding.isSpace(scalars[end - 1])
            {
                end -= 1
            }
            ranges[ranges.count - 1] = last.lowerBound..<end
        }
        return ranges
    }

    /// Finds the occurrences of `words` the edit means, across the target's spans. Words missing from
    /// the alinéa named are reported, never looked for in the alinéas around it: a text numbered
    /// otherwise than the one the amendment was tabled on cannot be told from a wrong guess.
    func occurrences(of words: Words, in target: EditTarget) throws -> Occurrences {
        var all: [(line: Int, range: Range<Int>)] = []
        var anchorSeen = words.after == nil
        for span in try spans(target) {
            var matcher = TextMatcher(lines[span.line].text)
            var range = span.range
            if !anchorSeen, let after = words.after {
                guard let anchor = matcher.ranges(of: after, within: range).first else { continue }
                anchorSeen = true
                range = anchor.upperBound..<range.upperBound
            }
            all += matcher.ranges(of: words.text, within: range).map { (span.line, $0) }
        }
        if !anchorSeen, let after = words.after {
            throw EditFailure(kind: .wordsNotFound, detail: "« \(after) » not found")
        }
        if words.after != nil, case .unspecified = words.occurrence, let first = all.first {
            return ([first], Done())
        }
        guard !all.isEmpty else {
            throw EditFailure(kind: .wordsNotFound, detail: "« \(words.text) » not found")
        }
        switch words.occurrence {
        case .every:
            return (all, Done())
        case .rank(let ordinal):
            guard let index = ordinal.index(in: all.count) else {
                throw EditFailure(
                    kind: .wordsNotFound, detail: "« \(words.text) » occurs \(all.count) time(s), not \(ordinal)")
            }
            return ([all[index]], Done())
        case .unspecified:
            let chosen = target.anchor == .end ? all[all.count - 1] : all[0]
            if all.count == 1 { return ([chosen], Done()) }
            let which = target.anchor == .end ? "last" : "first"
            return (
                [chosen],
                Done(
                    outcome: .ambiguous(occurrences: all.count),
                    detail: "« \(words.text) » occurs \(all.count) times; the \(which) was used")
            )
        }
    }

    mutating func replaceWords(_ words: Words, in target: EditTarget, by replacement: (String) -> String) throws -> Done
    {
        let (found, done) = try occurrences(of: words, in: target)
        splice(found) { scalars, range in
            var new = replacement(String(String.UnicodeScalarView(scalars[range])))
            // `la personne` → `le donneur d'ordre` at the start of a sentence keeps its capital.
            if let first = scalars[range].first, first.properties.isUppercase,
                Joining.startsSentence(scalars, at: range.lowerBound),
                let head = new.unicodeScalars.first, head.properties.isLowercase
            {
                new = String(head).uppercased() + String(String.UnicodeScalarView(new.unicodeScalars.dropFirst()))
            }
            return new
        }
        return done
    }

    mutating func insertWords(_ text: String, side: EditOperation.Side, anchor: Words, in target: EditTarget) throws
        -> Done
    {
        let (found, done) = try occurrences(of: anchor, in: target)
        // `après la référence « L. 4221-9, » insérer « L. 4221-12 »`: the list goes on after it.
        let listed = side == .after && anchor.text.hasSuffix(",") && !(text.last.map { ",;.".contains($0) } ?? true)
        let inserted = listed ? text + "," : text
        let places = found.map { (line: $0.line, range: side == .after ? $0.range.upperBound : $0.range.lowerBound) }
        splice(places.map { ($0.line, $0.range..<$0.range) }) { _, _ in
            side == .after ? Joining.after(inserted) : inserted + " "
        }
        return done
    }

    mutating func addWords(_ text: String, at position: EditTarget.Anchor, sentence: Bool, in target: EditTarget) throws
    {
        let spans = try spans(target)
        guard let span = position == .end ? spans.last : spans.first else {
            throw EditFailure(kind: .targetNotFound, detail: "empty target")
        }
        let scalars = Array(lines[span.line].text.unicodeScalars)
        if position == .start {
            var start = span.range.lowerBound
            while start < span.range.upperBound,
                Folding.isSpace(scalars[start]) || scalars[start] == "«" || scalars[start] == "\""
            {
                start += 1
            }
            splice(line: span.line, range: start..<start, with: text + " ")
            Joining.lowercaseAfterInsertion(
                &lines[span.line].text, at: start + text.unicodeScalars.count + 1, inserted: text)
            return
        }
        var end = span.range.upperBound
        let skipped: Set<Unicode.Scalar> = sentence ? ["»", "\"", "”", ";"] : [".", ";", ":", "»", "\"", "”", ","]
        while end > span.range.lowerBound, Folding.isSpace(scalars[end - 1]) || skipped.contains(scalars[end - 1]) {
            end -= 1
        }
        // `compléter par les mots « … famille. »` before the alinéa's own period: one period.
        var added = text.trimmingSpaces()
        let kept = scalars[end..<span.range.upperBound].first { !Folding.isSpace($0) }
        if !sentence, let final = added.unicodeScalars.last, final == "." || final == ";", kept == "." || kept == ";" {
            added = added.dropLast().trimmingSpaces()
        }
        splice(line: span.line, range: end..<end, with: Joining.after(added))
    }

    mutating func rewriteEnd(after anchor: Words, text: String?, in target: EditTarget) throws -> Done {
        // Anchor words that occur several times: the last occurrence, which rewrites the fewest words of
        // the text (the smallest change the dispositif can mean).
        var last = target
        last.anchor = .end
        let (found, done) = try occurrences(of: anchor, in: last)
        guard let (line, range) = found.first else { return done }
        let spans = try spans(target)
        let scalars = Array(lines[line].text.unicodeScalars)
        var end = spans.first(where: { $0.line == line })?.range.upperBound ?? scalars.count
        if target.phrases.isEmpty, let suffix = QuoteShape.closingSuffix(lines[line].text) {
            end = max(range.upperBound, end - suffix.unicodeScalars.count)
            while end > range.upperBound, Folding.isSpace(scalars[end - 1]) { end -= 1 }
        }
        let replaced = String(String.UnicodeScalarView(scalars[range.upperBound..<end]))
        let finalMark = replaced.trimmingSpaces().unicodeScalars.last.flatMap {
            ".;:".unicodeScalars.contains($0) ? String($0) : nil
        }
        var new = text.map(Joining.after) ?? ""
        if let finalMark, !(new.trimmingSpaces().unicodeScalars.last.map { ".;:".unicodeScalars.contains($0) } ?? false)
        {
            new += finalMark
        }
        splice(line: line, range: range.upperBound..<end, with: new)
        return done
    }

    mutating func rewriteStart(_ target: EditTarget, with text: String) throws {
        guard let span = try spans(target).first else {
            throw EditFailure(kind: .targetNotFound, detail: "empty target")
        }
        var matcher = TextMatcher(lines[span.line].text)
        let words = text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(Folding.isSpace) })
        var start = span.range.lowerBound
        let scalars = matcher.scalars
        if !QuoteShape.opens(text) {
            while start < span.range.upperBound,
                Folding.isSpace(scalars[start]) || scalars[start] == "«" || scalars[start] == "\""
            {
                start += 1
            }
        }
        for count in stride(from: min(5, words.count), through: 1, by: -1) {
            let tail = words.suffix(count).joined(separator: " ")
            if let found = matcher.ranges(of: tail, within: start..<span.range.upperBound).first {
                splice(line: span.line, range: start..<found.upperBound, with: text)
                return
            }
        }
        throw EditFailure(kind: .wordsNotFound, detail: "where the unchanged rest begins was not found")
    }

    /// Replaces (nil: deletes) the named phrases of a line.
    mutating func replacePhrases(_ phrases: [Ordinal], of index: Int, with text: String?) throws {
        let scalars = Array(lines[index].text.unicodeScalars)
        let sentences = Self.sentenceRanges(scalars)
        let positions = try phrases.map { phrase -> Int in
            guard let position = phrase.index(in: sentences.count) else {
                throw EditFailure(kind: .targetNotFound, detail: "no phrase \(phrase) (\(sentences.count) phrases)")
            }
            return position
        }
        var ranges: [Range<Int>] = []
        for position in Set(positions).sorted() {
            var range = sentences[position]
            if text == nil {
                if position + 1 < sentences.count {
                    range = range.lowerBound..<sentences[position + 1].lowerBound
                } else if position > 0 {
                    range = sentences[position - 1].upperBound..<range.upperBound
                }
            }
            // Deleting the last two phrases gives overlapping ranges: splice their union once.
            if let last = ranges.last, range.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] =
                    min(last.lowerBound, range.lowerBound)..<max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        splice(ranges.map { (index, $0) }) { _, _ in text ?? "" }
    }

    /// Replaces a range of a line's scalars and mends the spaces and capital at the seam.
    mutating func splice(line: Int, range: Range<Int>, with text: String) {
        splice([(line, range)]) { _, _ in text }
    }

    /// Replaces each range (in text order, none overlapping) by the text `replacement` gives for it,
    /// from the last to the first, mending each seam: what one `splice(line:range:with:)` per range
    /// does, in O(n + k + the text inserted) for a line of n scalars and k ranges, where one splice
    /// per range copied the whole line each time (O(n·k): an alinéa of megabytes holding a word
    /// replaced at every occurrence).
    mutating func splice(
        _ ranges: [(line: Int, range: Range<Int>)], with replacement: (ScalarGapBuffer, Range<Int>) -> String
    ) {
        var next = ranges.count
        while next > 0 {
            let line = ranges[next - 1].line
            var scalars = ScalarGapBuffer(lines[line].text)
            while next > 0, ranges[next - 1].line == line {
                next -= 1
                let range = ranges[next].range
                let inserted = Array(replacement(scalars, range).unicodeScalars)
                scalars.replaceSubrange(range, with: inserted)
                Joining.mend(&scalars, at: range.lowerBound, insertedCount: inserted.count)
            }
            lines[line].text = scalars.string
        }
    }
}
