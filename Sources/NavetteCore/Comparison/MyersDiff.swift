/// Myers' O(ND) difference algorithm on sequences of interned keys, in linear space (the middle-snake
/// bisection, after diff-match-patch's `diff_bisect`), with the common prefix and suffix cut first.
///
/// Time is O((N+M)·D): near-identical texts, the usual case across readings, cost little more than a
/// scan. Used both for alinéas (keys of folded texts) and for the tokens inside an alinéa.
enum MyersDiff {
    /// Past this many edit steps in one middle-snake search, the rest of that part is reported as
    /// deleted and inserted (as diff-match-patch does on its deadline): a valid, not minimal, script,
    /// and a bound of about `maximumCost`² steps on two unrelated long texts.
    static let maximumCost = 2_000

    /// A run of `count` equal elements starting at `old` and `new`.
    struct Match: Equatable {
        var old: Int
        var new: Int
        var count: Int
    }

    /// The matched runs of a shortest edit script from `a` to `b`, in order, adjacent runs merged.
    /// `anchored`: past the cost cap, the elements found once on each side anchor the script instead
    /// (`State.anchor`), for sequences whose elements are mostly unique (alinéas, not words).
    static func matches(_ a: [Int], _ b: [Int], anchored: Bool = false) -> [Match] {
        var output: [Match] = []
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var state = State(a: a, b: b, anchored: anchored, output: [])
                state.diff(0, a.count, 0, b.count)
                output = state.output
            }
        }
        return output
    }

    /// The indices of a longest strictly increasing subsequence of `values`, in order: patience
    /// sorting, O(n log n).
    static func longestIncreasing(_ values: [Int]) -> [Int] {
        var tails: [Int] = []  // tails[k]: index of the smallest last value of an increasing run of k + 1
        var previous = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain: [Int] = []
        var index = tails.last ?? -1
        while index >= 0 {
            chain.append(index)
            index = previous[index]
        }
        return chain.reversed()
    }

    private struct State {
        let a: UnsafeBufferPointer<Int>
        let b: UnsafeBufferPointer<Int>
        /// Whether a search past the cap may anchor: off while the gaps of an anchoring are diffed, so
        /// that anchorings never nest and the ranges anchored are disjoint.
        var anchored: Bool
        var output: [Match]

        mutating func append(_ old: Int, _ new: Int, _ count: Int) {
            guard count > 0 else { return }
            if let last = output.last, last.old + last.count == old, last.new + last.count == new {
                output[output.count - 1].count += count
            } else {
                output.append(Match(old: old, new: new, count: count))
            }
        }

        mutating func diff(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int) {
            var aLo = aLo
            var aHi = aHi
            var bLo = bLo
            var bHi = bHi
            var prefix = 0
            while aLo + prefix < aHi, bLo + prefix < bHi, a[aLo + prefix] == b[bLo + prefix] { prefix += 1 }
            append(aLo, bLo, prefix)
            aLo += prefix
            bLo += prefix
            var suffix = 0
            while aHi - suffix > aLo, bHi - suffix > bLo, a[aHi - suffix - 1] == b[bHi - suffix - 1] { suffix += 1 }
            aHi -= suffix
            bHi -= suffix
            if aLo < aHi, bLo < bHi {
                bisect(aLo, aHi, bLo, bHi)
            }
            append(aHi, bHi, suffix)
        }

        /// Finds the middle snake and splits the problem there.
        mutating func bisect(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int) {
            let n = aHi - aLo
            let m = bHi - bLo
            let maxD = (n + m + 1) / 2
            let offset = maxD
            let length = 2 * maxD + 2
            var v1 = [Int](repeating: -1, count: length)
            var v2 = [Int](repeating: -1, count: length)
            v1[offset + 1] = 0
            v2[offset + 1] = 0
            let delta = n - m
            let front = delta % 2 != 0
            var k1start = 0
            var k1end = 0
            var k2start = 0
            var k2end = 0
            for d in 0..<min(maxD, MyersDiff.maximumCost) {
                var k1 = -d + k1start
                while k1 <= d - k1end {
                    let i1 = offset + k1
                    var x1 = (k1 == -d || (k1 != d && v1[i1 - 1] < v1[i1 + 1])) ? v1[i1 + 1] : v1[i1 - 1] + 1
                    var y1 = x1 - k1
                    while x1 < n, y1 < m, a[aLo + x1] == b[bLo + y1] {
                        x1 += 1
                        y1 += 1
                    }
                    v1[i1] = x1
                    if x1 > n {
                        k1end += 2
                    } else if y1 > m {
                        k1start += 2
                    } else if front {
                        let i2 = offset + delta - k1
                        if i2 >= 0, i2 < length, v2[i2] != -1, x1 >= n - v2[i2] {
                            split(aLo, aHi, bLo, bHi, x1, y1)
                            return
                        }
                    }
                    k1 += 2
                }
                var k2 = -d + k2start
                while k2 <= d - k2end {
                    let i2 = offset + k2
                    var x2 = (k2 == -d || (k2 != d && v2[i2 - 1] < v2[i2 + 1])) ? v2[i2 + 1] : v2[i2 - 1] + 1
                    var y2 = x2 - k2
                    while x2 < n, y2 < m, a[aHi - x2 - 1] == b[bHi - y2 - 1] {
                        x2 += 1
                        y2 += 1
                    }
                    v2[i2] = x2
                    if x2 > n {
                        k2end += 2
                    } else if y2 > m {
                        k2start += 2
                    } else if !front {
                        let i1 = offset + delta - k2
                        if i1 >= 0, i1 < length, v1[i1] != -1 {
                            let x1 = v1[i1]
                            let y1 = offset + x1 - i1
                            if x1 >= n - x2 {
                                split(aLo, aHi, bLo, bHi, x1, y1)
                                return
                            }
                        }
                    }
                    k2 += 2
                }
            }
            // No common element, or too costly to look further: all deleted and inserted, unless
            // elements found once on each side can anchor the script.
            if anchored, maxD > MyersDiff.maximumCost { anchor(aLo, aHi, bLo, bHi) }
        }

        /// Past the cost cap (a text of 1,000,000 alinéas, one in seven edited, needs 285,716 steps):
        /// the elements that occur once in each side, in an order both keep (a longest increasing
        /// subsequence, by patience sorting), are matched, and the parts between them diffed again
        /// without anchoring (a gap past the cap is deleted and inserted). O(r log r) for a part of r
        /// elements, plus the capped search of each gap, O(g · maximumCost) for a gap of g elements;
        /// the parts anchored are disjoint, so a whole diff stays O((N+M) · (log(N+M) + maximumCost)).
        /// Without any such element, all is deleted and inserted.
        mutating func anchor(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int) {
            // For each key: where it first stands in a and b, and how often (up to 2) on each side.
            var seen: [Int: (a: Int, b: Int, countA: Int, countB: Int)] = [:]
            for i in aLo..<aHi { seen[a[i], default: (i, -1, 0, 0)].countA += 1 }
            for j in bLo..<bHi where seen[b[j]] != nil {
                if seen[b[j]]!.countB == 0 { seen[b[j]]!.b = j }
                seen[b[j]]!.countB += 1
            }
            let unique = seen.values.filter { $0.countA == 1 && $0.countB == 1 }.map { (a: $0.a, b: $0.b) }
                .sorted { $0.a < $1.a }
            let chain = MyersDiff.longestIncreasing(unique.map(\.b))
            guard !chain.isEmpty else { return }
            anchored = false
            defer { anchored = true }
            var i = aLo
            var j = bLo
            for index in chain {
                let pair = unique[index]
                diff(i, pair.a, j, pair.b)
                append(pair.a, pair.b, 1)
                i = pair.a + 1
                j = pair.b + 1
            }
            diff(i, aHi, j, bHi)
        }

        mutating func split(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int, _ x: Int, _ y: Int) {
            diff(aLo, aLo + x, bLo, bLo + y)
            diff(aLo + x, aHi, bLo + y, bHi)
        }
    }
}
