/// The term tables' words found by their UTF-8 bytes without making a `String`: asked for
/// every form of a corpus's vocabulary and the bases of its inflected forms (`CompiledTerms`,
/// `Inflections`). Open addressing over one flat byte array, like the core's `Vocabulary`.
struct WordIndex: Sendable {
    private var bytes: [UInt8] = []
    /// `offsets[k] ..< offsets[k + 1]` are the bytes of word `k`.
    private var offsets: [Int32] = [0]
    /// `k + 1` per slot, 0 for an empty one; a power of two, at most half full.
    private var slots: [Int32] = []
    private(set) var entries: [TermEntry] = []

    init() {}

    init(_ words: [String: TermEntry]) {
        var size = 16
        while size < 2 * words.count { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        entries.reserveCapacity(words.count)
        offsets.reserveCapacity(words.count + 1)
        for (word, entry) in words {
            let k = entries.count
            bytes.append(contentsOf: word.utf8)
            offsets.append(Int32(bytes.count))
            entries.append(entry)
            let lo = Int(offsets[k]), hi = Int(offsets[k + 1])
            var slot = Int(truncatingIfNeeded: WordIndex.hash(bytes[lo..<hi], extra: 0)) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(k + 1)
        }
    }

    /// The number of `word` of `prefix` followed by `extra` (0: nothing), if indexed.
    func find(_ prefix: ArraySlice<UInt8>, extra: UInt8) -> Int? {
        guard !slots.isEmpty else { return nil }
        let length = prefix.count + (extra == 0 ? 0 : 1)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: WordIndex.hash(prefix, extra: extra)) & mask
        while true {
            let k = Int(slots[slot]) - 1
            if k < 0 { return nil }
            let lo = Int(offsets[k])
            if Int(offsets[k + 1]) - lo == length && bytes[lo..<(lo + prefix.count)].elementsEqual(prefix)
                && (extra == 0 || bytes[lo + prefix.count] == extra) {
                return k
            }
            slot = (slot + 1) & mask
        }
    }

    /// The text of word `k`.
    func word(_ k: Int) -> String {
        String(decoding: bytes[Int(offsets[k])..<Int(offsets[k + 1])], as: UTF8.self)
    }

    /// FNV-1a over the bytes (and `extra`), then a final mix so that the low bits depend on all.
    private static func hash(_ prefix: ArraySlice<UInt8>, extra: UInt8) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in prefix { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        if extra != 0 { h = (h ^ UInt64(extra)) &* 0x100_0000_01b3 }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}
