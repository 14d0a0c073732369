/// The element and attribute names of a `NodeTable`, found by their UTF-8 bytes.
///
/// libxml2's HTML parser copies the name for each node (its XML parser shares one copy), so the
/// builder looks names up by bytes; readers look them up by `String` (`nameID`). A dictionary keyed
/// by `String` hashed every name with SipHash, which on a small LEGI file cost more than its parse;
/// this small open-addressing table costs an FNV-1a hash of a few bytes and one comparison.
struct NameCache {
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

    /// The id of `name`, nil the first time it is met (then `add` it).
    func find(_ name: UnsafeBufferPointer<UInt8>) -> Int? {
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
        let hash = NameCache.hash(name)
        var index = Int(hash) & (slots.count - 1)
        while slots[index].count >= 0 { index = (index + 1) & (slots.count - 1) }
        slots[index] = Slot(hash: hash, start: storage.count, count: name.count, id: id)
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
        storage.withUnsafeBufferPointer { stored in
            for offset in 0..<slot.count where stored[slot.start + offset] != name[offset] { return false }
            return true
        }
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
