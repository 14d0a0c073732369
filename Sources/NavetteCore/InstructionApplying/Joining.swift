/// Spaces and capitals where an edit meets the text around it.
enum Joining {
    private static let tight: Set<Unicode.Scalar> = [",", ".", ")", ";", ":"]

    /// Words added after other words: a space, unless they open with punctuation (`, dont…`).
    static func after(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return tight.contains(first) && first != ";" && first != ":" ? text : " " + text
    }

    /// Mends the seams around `insertedCount` scalars placed at `lower` (zero: words were deleted):
    /// no doubled space, no space before a comma, a capital when the deletion left a sentence without
    /// its first word.
    /// Looks only at the seams' neighbourhood (spaces and one word on each side): O(1) for ordinary
    /// text, whatever the length of the line, when `scalars` is a `ScalarGapBuffer` with its gap there.
    static func mend<Scalars: EditableScalars>(_ scalars: inout Scalars, at lower: Int, insertedCount: Int) {
        var lower = lower
        if insertedCount == 0 {
            dropDoubledComma(&scalars, at: lower)
            dropRepeatedWord(&scalars, at: lower)
        }
        if insertedCount > 0, lower > 0, lower < scalars.count, tight.contains(scalars[lower]), scalars[lower] != ";",
            scalars[lower] != ":", Folding.isSpace(scalars[lower - 1])
        {
            scalars.remove(at: lower - 1)
            lower -= 1
        }
        let seam = lower + insertedCount
        guard seam <= scalars.count else { return }
        if seam > 0, seam < scalars.count, Folding.isSpace(scalars[seam - 1]) {
            if Folding.isSpace(scalars[seam]) {
                scalars.remove(at: seam - 1)
            } else if insertedCount == 0, scalars[seam] == "," || scalars[seam] == "." || scalars[seam] == ")" {
                scalars.remove(at: seam - 1)
            }
        }
        guard insertedCount == 0 else { return }
        let position = min(lower, scalars.count)
        if position == scalars.count {
            while let last = scalars.last, Folding.isSpace(last) { scalars.removeLast() }
            return
        }
        if startsSentence(scalars, at: position) {
            while position < scalars.count, Folding.isSpace(scalars[position]) { scalars.remove(at: position) }
            if position < scalars.count, scalars[position].properties.isLowercase,
                let upper = String(scalars[position]).uppercased().unicodeScalars.first
            {
                scalars[position] = upper
            }
        }
    }

    /// `d'arrondissement, [de maire de secteur], de maire délégué`: one comma stays.
    private static func dropDoubledComma<Scalars: EditableScalars>(_ scalars: inout Scalars, at position: Int) {
        var left = min(position, scalars.count) - 1
        while left >= 0, Folding.isSpace(scalars[left]) { left -= 1 }
        var right = min(position, scalars.count)
        while right < scalars.count, Folding.isSpace(scalars[right]) { right += 1 }
        guard left >= 0, right < scalars.count, scalars[right] == ",", scalars[left] == "," || scalars[left] == ";"
        else { return }
        scalars.removeSubrange(left + 1...right)
    }

    /// `…, par [la prolongation …,] par la démission`: a word left twice in a row by a deletion.
    private static func dropRepeatedWord<Scalars: EditableScalars>(_ scalars: inout Scalars, at position: Int) {
        var end = min(position, scalars.count)
        while end > 0, Folding.isSpace(scalars[end - 1]) { end -= 1 }
        var start = end
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        var next = min(position, scalars.count)
        while next < scalars.count, Folding.isSpace(scalars[next]) { next += 1 }
        var nextEnd = next
        while nextEnd < scalars.count, scalars[nextEnd].properties.isAlphabetic { nextEnd += 1 }
        guard start < end, next < nextEnd, scalars[start..<end].elementsEqual(scalars[next..<nextEnd]),
            start == 0 || !scalars[start - 1].properties.isAlphabetic, end - start <= 4
        else { return }
        scalars.removeSubrange(start..<next)
    }

    /// True when only quotes and spaces come before `position`, or the end of a sentence.
    static func startsSentence<Scalars: EditableScalars>(_ scalars: Scalars, at position: Int) -> Bool {
        var index = position - 1
        while index >= 0, Folding.isSpace(scalars[index]) { index -= 1 }
        if index < 0 { return true }
        let previous = scalars[index]
        if previous == ".", index < position - 1 { return true }
        if previous == "«" || previous == "\"" || previous == "“" {
            var before = index - 1
            while before >= 0, Folding.isSpace(scalars[before]) { before -= 1 }
            return before < 0
        }
        return false
    }

    /// After words inserted at the start of a sentence (`Pour la déclaration de situation
    /// patrimoniale, ne peuvent…`), the former first word loses its capital.
    static func lowercaseAfterInsertion(_ text: inout String, at offset: Int, inserted: String) {
        guard let last = inserted.trimmingSpaces().unicodeScalars.last, !".:;!?".unicodeScalars.contains(last) else {
            return
        }
        var scalars = Array(text.unicodeScalars)
        guard offset + 1 < scalars.count, scalars[offset].properties.isUppercase,
            scalars[offset + 1].properties.isLowercase,
            let lower = String(scalars[offset]).lowercased().unicodeScalars.first
        else { return }
        scalars[offset] = lower
        text = String(String.UnicodeScalarView(scalars))
    }
}

/// A line of scalars that edits can change in place: an array, or a `ScalarGapBuffer`.
protocol EditableScalars: RandomAccessCollection, MutableCollection, RangeReplaceableCollection
where Element == Unicode.Scalar, Index == Int {}

extension Array: EditableScalars where Element == Unicode.Scalar {}
extension ScalarGapBuffer: EditableScalars {}
