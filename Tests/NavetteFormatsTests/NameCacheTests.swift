import Testing

@testable import NavetteFormats

/// The name table of `NodeTable`: every id found again, and a page whose names were chosen to collide
/// in FNV-1a cannot make each lookup walk a long cluster (it moves to a keyed dictionary instead).
@Suite struct NameCacheTests {
    static func filled(_ names: [String]) -> NameCache {
        var cache = NameCache()
        for (id, name) in names.enumerated() {
            var name = name
            name.withUTF8 { bytes in
                #expect(cache.find(bytes) == nil)
                cache.add(bytes, id: id)
            }
        }
        return cache
    }

    static func ids(_ names: [String], in cache: NameCache) -> [Int?] {
        names.map { name in
            var name = name
            return name.withUTF8 { cache.find($0) }
        }
    }

    @Test func ordinaryNamesStayInTheTable() {
        let markup = ["html", "head", "body", "div", "p", "span", "a", "href", "class", "id", "table", "tr", "td"]
        let legi = ["ARTICLE", "META", "META_COMMUN", "ID", "NUM", "ETAT", "BLOC_TEXTUEL", "CONTENU", "LIEN"]
        let names = markup + legi + (0..<10_000).map { "element-\($0)" }
        let cache = Self.filled(names)
        #expect(cache.keyed == nil, "10,000 ordinary names should not need the keyed fallback")
        #expect(Self.ids(names, in: cache) == Array(0..<names.count))
        #expect(Self.ids(["absent", "HTML"], in: cache) == [nil, nil])
    }

    @Test func namesCollidingInTheHashAreFoundWithoutWalkingTheCluster() {
        // 200 names whose hash has its low 11 bits at zero: every table size up to 2,048 slots puts
        // them all in one cluster, the shape of a hostile page.
        var names: [String] = []
        var counter = 0
        while names.count < 200 {
            var name = "n\(counter)"
            counter += 1
            if name.withUTF8({ NameCache.hash($0) }) & 0x7FF == 0 { names.append(name) }
        }
        let cache = Self.filled(names)
        #expect(cache.keyed != nil, "a cluster longer than \(NameCache.maximumProbes) probes moves to the dictionary")
        #expect(Self.ids(names, in: cache) == Array(0..<names.count))
        #expect(Self.ids(["n-absent"], in: cache) == [nil])
    }
}
