import Foundation
import NavetteCore
import NavetteStore

/// Times searches drawn from the index's own amendments: single words, two words, phrases of two
/// neighbouring words, prefixes, and words with an article or group filter. Each search is what
/// `navette amendments search` does: the first 20 hits with their excerpts, and the count.
struct SearchLatency {
    var count: Int
    var median: Double
    var p99: Double
    var max: Double
    var slowest: String
    /// The same percentiles in CPU time of the searching thread: what a loaded machine does not inflate.
    var cpuMedian = 0.0
    var cpuP99 = 0.0

    static func measure(_ index: AmendmentIndex, count: Int, seed: UInt64 = 13) throws -> SearchLatency {
        let queries = try queries(from: index.sample(count, seed: seed), count: count)
        var times: [(Double, AmendmentQuery)] = []
        var cpu: [Double] = []
        for query in queries {
            let start = DispatchTime.now().uptimeNanoseconds
            let startCPU = threadCPU()
            _ = try index.search(query)
            _ = try index.count(query)
            cpu.append(threadCPU() - startCPU)
            times.append((Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, query))
        }
        cpu.sort()
        times.sort { $0.0 < $1.0 }
        guard let last = times.last else { return SearchLatency(count: 0, median: 0, p99: 0, max: 0, slowest: "") }
        let p99 = times[Swift.min(times.count - 1, Int((Double(times.count) * 0.99).rounded(.up)) - 1)].0
        var slowest = "«\(last.1.text)»"
        if let article = last.1.article { slowest += " --article \(article)" }
        if let group = last.1.group { slowest += " --group \(group)" }
        let rank = Swift.min(cpu.count - 1, Int((Double(cpu.count) * 0.99).rounded(.up)) - 1)
        return SearchLatency(
            count: times.count, median: times[times.count / 2].0, p99: p99, max: last.0, slowest: slowest,
            cpuMedian: cpu[cpu.count / 2], cpuP99: cpu[rank])
    }

    private static func threadCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// One query per sampled amendment, the kind turning with the index.
    static func queries(from amendments: [Amendment], count: Int) -> [AmendmentQuery] {
        amendments.prefix(count).enumerated().compactMap { offset, amendment in
            let all = amendment.dispositif.split(whereSeparator: { !$0.isLetter }).map(String.init)
            let positions = all.indices.filter { all[$0].count >= 5 }
            guard !positions.isEmpty else { return AmendmentQuery(text: "article") }
            let position = positions[offset % positions.count]
            let word = all[position]
            let words = positions.map { all[$0] }
            switch offset % 10 {
            case 0, 1, 2, 3: return AmendmentQuery(text: word)
            case 4: return AmendmentQuery(text: word + " " + words[(offset * 7) % words.count])
            case 5, 6:
                let next = position + 1 < all.count ? " " + all[position + 1] : ""
                return AmendmentQuery(text: "\"\(word)\(next)\"")
            case 7: return AmendmentQuery(text: String(word.prefix(5)) + "*")
            case 8: return AmendmentQuery(text: word, article: amendment.target.article?.key)
            default: return AmendmentQuery(text: word, group: amendment.group.map { String($0.prefix(12)) })
            }
        }
    }
}
