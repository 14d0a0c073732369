#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The element and attribute names of a `NodeTable`, found by their UTF-8 bytes.
///
/// libxml2's HTML parser copies the name for each node (its XML parser shares one copy), so the
/// builder looks names up by bytes; readers look them up by `String` (`nameID`). A dictionary keyed
/// by `String` hashed every name with SipHash, which on a small LEGI file cost more than its parse;
/// this small open-addressing table costs an FNV-1a hash of a few bytes and one comparison.
///
/// FNV-1a is not keyed: a hostile page can hold many names whose hashes land on neighbouring slots,
/// and linear probing then walks the whole cluster for every name (quadratic). So a probe longer than
/// `maximumProbes` moves every name into a `Dictionary` (SipHash, seeded per process) for the rest of
/// the document: O(1) per name whatever the names, and ordinary pages never pay for it.
struct NameCache {
    static let maximumProbes = 32

    private struct Slot {
        var hash: UInt32 = 0
        var start = 0
        /// -1 for an empty slot.
        var count = -1
        var id = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 64)
    /// The bytes of every name in the table, one after another.
    private var storage: [UInt8] = []
    private var used = 0
    /// Every name, once a probe has run longer than `maximumProbes` (nil until then).
    private(set) var keyed: [[UInt8]: Int]?

    /// The id of `name`, nil the first time it is met (then `add` it).
    func find(_ name: UnsafeBufferPointer<UInt8>) -> Int? {
        if let keyed { return keyed[Array(name)] }
        let hash = NameCache.hash(name)
        var index = Int(hash) & (slots.count - 1)
        while slots[index].count >= 0 {
            let slot = slots[index]
            if slot.hash == hash && slot.count == name.count && matches(name, slot) { return slot.id }
            index = (index + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Records the id of a name `find` did not know.
    mutating func add(_ name: UnsafeBufferPointer<UInt8>, id: Int) {
        if keyed != nil {
            keyed![Array(name)] = id
            return
        }
        if storage.capacity == 0 { storage.reserveCapacity(512) }
        let slot = Slot(hash: NameCache.hash(name), start: storage.count, count: name.count, id: id)
        storage.append(contentsOf: name)
        used += 1
        if place(slot) > Self.maximumProbes {
            becomeKeyed()
        } else if used * 2 > slots.count {
            grow()
        }
    }

    /// Puts `slot` in the first free slot from its hash on; returns how many slots it walked past.
    /// A name's `find` walks exactly as far, so bounding this bounds every lookup of a known name.
    private mutating func place(_ slot: Slot) -> Int {
        let mask = slots.count - 1
        var index = Int(slot.hash) & mask
        var probes = 0
        while slots[index].count >= 0 {
            index = (index + 1) & mask
            probes += 1
        }
        slots[index] = slot
        return probes
    }

    /// Moves every name into `keyed` and frees the table.
    private mutating func becomeKeyed() {
        var keyed: [[UInt8]: Int] = [:]
        keyed.reserveCapacity(used * 2)
        for slot in slots where slot.count >= 0 {
            keyed[Array(storage[slot.start..<slot.start + slot.count])] = slot.id
        }
        self.keyed = keyed
        slots = []
        storage = []
    }

    /// FNV-1a (internal for the tests that build colliding names).
    static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in name { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    private func matches(_ name: UnsafeBufferPointer<UInt8>, _ slot: Slot) -> Bool {
        guard let base = name.baseAddress, slot.count > 0 else { return true }
        return storage.withUnsafeBufferPointer { memcmp($0.baseAddress! + slot.start, base, slot.count) == 0 }
    }

    private mutating func grow() {
        let old = slots.filter { $0.count >= 0 }
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        var longest = 0
        for slot in old { longest = max(longest, place(slot)) }
        if longest > Self.maximumProbes { becomeKeyed() }
    }
}

/// Name ids by the address of the name's bytes, for a builder reading names that libxml2 keeps one
/// copy of (an XML document's dictionary): a pointer hashed by one multiplication. The addresses must
/// stay valid, each for one name, while the table is in use (the parsed document is not freed).
struct NameAddresses {
    private struct Slot {
        /// 0 for an empty slot.
        var address: UInt = 0
        var id = 0
    }

    /// Allocated at the first `add` (an HTML builder never adds).
    private var slots: [Slot] = []
    private var used = 0

    func find(_ name: UnsafePointer<UInt8>) -> Int? {
        guard !slots.isEmpty else { return nil }
        let address = UInt(bitPattern: name)
        var index = NameAddresses.index(address, slots.count)
        while slots[index].address != 0 {
            if slots[index].address == address { return slots[index].id }
            index = (index + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Records the id of a name `find` did not know.
    mutating func add(_ name: UnsafePointer<UInt8>, id: Int) {
        if slots.isEmpty { slots = [Slot](repeating: Slot(), count: 128) }
        insert(Slot(address: UInt(bitPattern: name), id: id))
        used += 1
        if used * 2 > slots.count {
            let old = slots.filter { $0.address != 0 }
            slots = [Slot](repeating: Slot(), count: slots.count * 2)
            for slot in old { insert(slot) }
        }
    }

    private mutating func insert(_ slot: Slot) {
        var index = NameAddresses.index(slot.address, slots.count)
        while slots[index].address != 0 { index = (index + 1) & (slots.count - 1) }
        slots[index] = slot
    }

    /// The high bits of the address mixed by MurmurHash3's finaliser (addresses are not chosen by the
    /// document, and mixed they do not gather on neighbouring slots).
    private static func index(_ address: UInt, _ count: Int) -> Int {
        var mixed = UInt64(address)
        mixed = (mixed ^ (mixed >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        mixed = (mixed ^ (mixed >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        mixed ^= mixed >> 33
        return Int(truncatingIfNeeded: mixed >> UInt64(64 - count.trailingZeroBitCount))
    }
}
