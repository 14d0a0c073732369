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
struct NameCache {
    /// 24 bytes (a name is at most 50,000 bytes in libxml2, and ids count names), so that a
    /// document's table is one small allocation.
    private struct Slot {
        var start = 0
        var hash: UInt32 = 0
        /// -1 for an empty slot.
        var count: Int32 = -1
        var id: Int32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 128)
    /// The bytes of every name in the table, one after another.
    private var storage: [UInt8] = []
    private var used = 0

    /// The id of `name`, nil the first time it is met (then `add` it).
    func find(_ name: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = NameCache.hash(name)
        var index = Int(hash) & (slots.count - 1)
        while slots[index].count >= 0 {
            let slot = slots[index]
            if slot.hash == hash && Int(slot.count) == name.count && matches(name, slot) { return Int(slot.id) }
            index = (index + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Records the id of a name `find` did not know.
    mutating func add(_ name: UnsafeBufferPointer<UInt8>, id: Int) {
        let hash = NameCache.hash(name)
        var index = Int(hash) & (slots.count - 1)
        while slots[index].count >= 0 { index = (index + 1) & (slots.count - 1) }
        if storage.capacity == 0 { storage.reserveCapacity(512) }
        slots[index] = Slot(start: storage.count, hash: hash, count: Int32(name.count), id: Int32(id))
        storage.append(contentsOf: name)
        used += 1
        if used * 2 > slots.count { grow() }
    }

    /// FNV-1a.
    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in name { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    private func matches(_ name: UnsafeBufferPointer<UInt8>, _ slot: Slot) -> Bool {
        guard let base = name.baseAddress, slot.count > 0 else { return true }
        return storage.withUnsafeBufferPointer { memcmp($0.baseAddress! + slot.start, base, Int(slot.count)) == 0 }
    }

    private mutating func grow() {
        let old = slots.filter { $0.count >= 0 }
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = slots.count - 1
        for slot in old {
            var index = Int(slot.hash) & mask
            while slots[index].count >= 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
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

    /// Fibonacci hashing: the high bits of the address times 2^64 / phi.
    private static func index(_ address: UInt, _ count: Int) -> Int {
        let product = UInt64(address) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: product >> UInt64(64 - count.trailingZeroBitCount))
    }
}
