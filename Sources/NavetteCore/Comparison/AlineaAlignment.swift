/// Pairs the alinéas of two versions of an article.
///
/// 1. Myers on the folded texts: identical alinéas anchor the alignment, so an inserted or deleted
///    alinéa shifts nothing after it.
/// 2. An alinéa deleted in one place and found, folded-identical, among the insertions elsewhere is a
///    move.
/// 3. Between two anchors, the leftover alinéas are paired in order by word similarity (Dice on their
///    word keys, or containment for an alinéa extended by a long addition; best total by dynamic
///    programming): a rewritten alinéa meets its predecessor.
/// 4. What is still unpaired and nearly identical (similarity ≥ 0.75) across places is a move too.
///    Measured on real reading pairs (La Fabrique pjl09-200, pjl11-350, ppl11-290 step by step; PLFSS
///    2018, ESSOC, simplification pion1890→ta0376): the 17 alinéas paired as moves score 0.82–1.00;
///    the best scores of the alinéas left deleted or inserted are ≤ 0.70 but one (0.80, a rewording
///    kept apart by the token Dice), formulaic look-alikes such as "L'article L. … est ainsi modifié :".
///
/// Similarity work is capped (large blocks cut along their diagonal, a pair budget for near moves) so
/// a long article rewritten from scratch costs at most a few comparisons of sorted word arrays per
/// alinéa pair near the diagonal.
struct AlineaAlignment {
    enum Kind {
        /// Same folded text, in order.
        case identical
        /// Paired by similarity, in order.
        case similar
        case moved
        case inserted
        case deleted
    }

    struct Pair {
        var old: Int
        var new: Int
        var kind: Kind
    }

    var pairs: [Pair] = []

    /// Pairing threshold in a block where one old alinéa faces one new: its predecessor, most likely.
    static let loneThreshold = 0.3
    static let blockThreshold = 0.45
    static let moveThreshold = 0.75
    /// Above this many cells, a block is cut along its diagonal into pieces of `chunk` alinéas.
    static let blockBudget = 40_000
    static let chunk = 150
    static let moveBudget = 20_000

    static func align(_ builder: inout ComparisonBuilder) -> AlineaAlignment {
        var alignment = AlineaAlignment()
        var texts = KeyInterner()
        let oldKeys = builder.old.map { texts.id($0.folded) }
        let newKeys = builder.new.map { texts.id($0.folded) }
        var oldFree = [Bool](repeating: true, count: oldKeys.count)
        var newFree = [Bool](repeating: true, count: newKeys.count)
        var anchors: [(old: Int, new: Int)] = []
        for match in MyersDiff.matches(oldKeys, newKeys, anchored: true) {
            for k in 0..<match.count {
                alignment.pairs.append(Pair(old: match.old + k, new: match.new + k, kind: .identical))
                oldFree[match.old + k] = false
                newFree[match.new + k] = false
                anchors.append((match.old + k, match.new + k))
            }
        }
        // Exact moves.
        var deletedByText: [Int: [Int]] = [:]
        for i in oldKeys.indices.reversed() where oldFree[i] && !builder.old[i].folded.isEmpty {
            deletedByText[oldKeys[i], default: []].append(i)
        }
        for j in newKeys.indices where newFree[j] {
            guard let i = deletedByText[newKeys[j]]?.popLast() else { continue }
            alignment.pairs.append(Pair(old: i, new: j, kind: .moved))
            oldFree[i] = false
            newFree[j] = false
        }
        // Blocks between anchors.
        var bags = WordBags()
        var previous = (old: -1, new: -1)
        for anchor in anchors + [(oldKeys.count, newKeys.count)] {
            let olds = (previous.old + 1..<anchor.old).filter { oldFree[$0] }
            let news = (previous.new + 1..<anchor.new).filter { newFree[$0] }
            previous = anchor
            guard !olds.isEmpty, !news.isEmpty else { continue }
            for (i, j) in pairInOrder(olds, news, &bags, &builder) {
                alignment.pairs.append(Pair(old: i, new: j, kind: .similar))
                oldFree[i] = false
                newFree[j] = false
            }
        }
        // Near moves.
        let olds = oldKeys.indices.filter { oldFree[$0] }
        let news = newKeys.indices.filter { newFree[$0] }
        if !olds.isEmpty, !news.isEmpty, olds.count * news.count <= moveBudget {
            var candidates: [(score: Double, old: Int, new: Int)] = []
            for i in olds {
                for j in news {
                    let score = bags.similarity(old: i, new: j, &builder)
                    if score >= moveThreshold { candidates.append((score, i, j)) }
                }
            }
            candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.new, $0.old) < ($1.new, $1.old) }
            for candidate in candidates where oldFree[candidate.old] && newFree[candidate.new] {
                alignment.pairs.append(Pair(old: candidate.old, new: candidate.new, kind: .moved))
                oldFree[candidate.old] = false
                newFree[candidate.new] = false
            }
        }
        return alignment
    }

    /// The order-preserving pairing of `olds` with `news` of greatest total similarity, counting only
    /// pairs above the threshold.
    private static func pairInOrder(
        _ olds: [Int], _ news: [Int], _ bags: inout WordBags, _ builder: inout ComparisonBuilder
    ) -> [(Int, Int)] {
        let n = olds.count
        let m = news.count
        if n * m > blockBudget {
            // A long stretch rewritten: pair it piece by piece along the diagonal.
            let pieces = (max(n, m) + chunk - 1) / chunk
            var pairs: [(Int, Int)] = []
            for piece in 0..<pieces {
                let someOlds = Array(olds[n * piece / pieces..<n * (piece + 1) / pieces])
                let someNews = Array(news[m * piece / pieces..<m * (piece + 1) / pieces])
                if !someOlds.isEmpty, !someNews.isEmpty { pairs += pairInOrder(someOlds, someNews, &bags, &builder) }
            }
            return pairs
        }
        let threshold = n == 1 && m == 1 ? loneThreshold : blockThreshold
        var score = [Double](repeating: 0, count: n * m)
        for a in 0..<n {
            for b in 0..<m {
                let value = bags.similarity(old: olds[a], new: news[b], containment: true, &builder)
                if value >= threshold { score[a * m + b] = value }
            }
        }
        // best[a][b]: best total for olds[a...] and news[b...].
        let width = m + 1
        var best = [Double](repeating: 0, count: (n + 1) * width)
        for a in stride(from: n - 1, through: 0, by: -1) {
            for b in stride(from: m - 1, through: 0, by: -1) {
                var value = max(best[(a + 1) * width + b], best[a * width + b + 1])
                let s = score[a * m + b]
                if s > 0 { value = max(value, best[(a + 1) * width + b + 1] + s) }
                best[a * width + b] = value
            }
        }
        var pairs: [(Int, Int)] = []
        var a = 0
        var b = 0
        while a < n, b < m {
            let s = score[a * m + b]
            if s > 0, best[a * width + b] == best[(a + 1) * width + b + 1] + s {
                pairs.append((olds[a], news[b]))
                a += 1
                b += 1
            } else if best[a * width + b] == best[(a + 1) * width + b] {
                a += 1
            } else {
                b += 1
            }
        }
        return pairs
    }
}

/// Sorted word keys of each alinéa, for the Dice similarity `2·|A∩B| / (|A|+|B|)`.
struct WordBags {
    private var old: [Int: [Int]] = [:]
    private var new: [Int: [Int]] = [:]

    /// Dice similarity of the two alinéas' words. With `containment`, an alinéa of at least
    /// `containedWords` words found almost whole inside the other also scores (0.8 × the share of its
    /// words found): an alinéa extended by a long addition still meets its predecessor.
    mutating func similarity(old i: Int, new j: Int, containment: Bool = false, _ builder: inout ComparisonBuilder)
        -> Double
    {
        let a = bag(old: i, &builder)
        let b = bag(new: j, &builder)
        let total = a.count + b.count
        let smaller = min(a.count, b.count)
        guard smaller > 0 else { return 0 }
        let contained = containment && smaller >= WordBags.containedWords
        // Cheap bound first: the smaller bag caps the intersection.
        guard contained || Double(2 * smaller) / Double(total) >= AlineaAlignment.loneThreshold else { return 0 }
        let common = WordBags.common(a, b)
        let dice = Double(2 * common) / Double(total)
        return contained ? max(dice, 0.8 * Double(common) / Double(smaller)) : dice
    }

    /// `|A∩B|` of two sorted arrays of word keys, in one merge.
    static func common(_ a: [Int], _ b: [Int]) -> Int {
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
        return common
    }

    static let containedWords = 8

    private mutating func bag(old i: Int, _ builder: inout ComparisonBuilder) -> [Int] {
        if let cached = old[i] { return cached }
        let bag = WordBags.bag(builder.tokens(old: i))
        old[i] = bag
        return bag
    }

    private mutating func bag(new j: Int, _ builder: inout ComparisonBuilder) -> [Int] {
        if let cached = new[j] { return cached }
        let bag = WordBags.bag(builder.tokens(new: j))
        new[j] = bag
        return bag
    }

    /// The sorted word keys of `text` (of its tokens in `range`, when given).
    static func bag(_ text: TokenizedText, _ range: Range<Int>? = nil) -> [Int] {
        var keys: [Int] = []
        for index in range ?? 0..<text.count where text.isWordLike(index) { keys.append(text.keys[index]) }
        return keys.sorted()
    }
}
