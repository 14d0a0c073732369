/// A line of scalars edited from its end towards its start: the scalars before the gap in one array,
/// those after it in another (stored reversed), so that a replacement at the gap costs its own length,
/// not the length of the line. Moving the gap costs the distance moved: edits made from the last to
/// the first cost O(n + the text they insert) together, where an array would copy the tail each time.
struct ScalarGapBuffer: RandomAccessCollection, MutableCollection, RangeReplaceableCollection {
    private var head: [Unicode.Scalar]
    /// The scalars after the gap, last first.
    private var tail: [Unicode.Scalar] = []

    init() { head = [] }

    init(_ text: String) { head = Array(text.unicodeScalars) }

    var startIndex: Int { 0 }
    var endIndex: Int { head.count + tail.count }

    subscript(position: Int) -> Unicode.Scalar {
        get { position < head.count ? head[position] : tail[tail.count - 1 - (position - head.count)] }
        set {
            if position < head.count {
                head[position] = newValue
            } else {
                tail[tail.count - 1 - (position - head.count)] = newValue
            }
        }
    }

    mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with new: C) where C.Element == Unicode.Scalar {
        moveGap(to: range.upperBound)
        head.removeLast(range.count)
        head.append(contentsOf: new)
    }

    /// Puts the gap before `position`: the scalars between the old and the new place change sides.
    private mutating func moveGap(to position: Int) {
        if head.count > position {
            tail.append(contentsOf: head[position...].reversed())
            head.removeSubrange(position...)
        } else if head.count < position {
            let moved = Swift.min(position - head.count, tail.count)
            head.append(contentsOf: tail.suffix(moved).reversed())
            tail.removeLast(moved)
        }
    }

    var string: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + count / 2)
        for scalar in head { UTF8.encode(scalar) { bytes.append($0) } }
        for scalar in tail.reversed() { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
