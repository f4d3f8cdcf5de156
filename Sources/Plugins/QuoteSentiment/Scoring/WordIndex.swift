/// The term tables' words by their UTF-8 bytes, found without making a `String`: the
/// lexicon is read into it line by line, and it is asked for every form of a corpus's
/// vocabulary and the bases of its inflected forms (`CompiledTerms`, `Inflections`). Open
/// addressing over one flat byte array, like the core's `Vocabulary`.
struct WordIndex: Sendable {
    private var bytes: [UInt8] = []
    /// `offsets[k] ..< offsets[k + 1]` are the bytes of word `k`.
    private var offsets: [Int32] = [0]
    /// `k + 1` per slot, 0 for an empty one; a power of two, at most half full.
    private var slots: [Int32] = []
    /// The entry of word `k`.
    var entries: [TermEntry] = []

    /// Room for `capacity` words before the table grows.
    init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        entries.reserveCapacity(capacity)
        offsets.reserveCapacity(capacity + 1)
        bytes.reserveCapacity(capacity * 8)
    }

    /// The number of a word, added with the empty entry when new.
    mutating func insert(_ word: ArraySlice<UInt8>) -> Int {
        if let k = find(word, extra: 0) { return k }
        let k = entries.count
        bytes.append(contentsOf: word)
        offsets.append(Int32(bytes.count))
        entries.append(TermEntry())
        if 2 * entries.count > slots.count {
            slots = [Int32](repeating: 0, count: 2 * slots.count)
            for old in 0..<k { place(old) }
        }
        place(k)
        return k
    }

    /// `insert` for a `String`.
    mutating func insert(_ word: String) -> Int {
        insert(ArraySlice(word.utf8))
    }

    /// The entry of a word, if indexed.
    func entry(_ word: String) -> TermEntry? {
        find(ArraySlice(word.utf8), extra: 0).map { entries[$0] }
    }

    private mutating func place(_ k: Int) {
        let mask = slots.count - 1
        let lo = Int(offsets[k]), hi = Int(offsets[k + 1])
        var slot = Int(truncatingIfNeeded: WordIndex.hash(bytes[lo..<hi], extra: 0)) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(k + 1)
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

    /// The number of words.
    var count: Int { entries.count }

    /// The bytes of word `k`.
    func utf8(_ k: Int) -> ArraySlice<UInt8> {
        bytes[Int(offsets[k])..<Int(offsets[k + 1])]
    }

    /// The text of word `k`.
    func word(_ k: Int) -> String {
        String(decoding: utf8(k), as: UTF8.self)
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
