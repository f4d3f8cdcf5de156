/// Interned strings with dense `Int32` ids: the corpus-wide vocabularies of normalised
/// forms and stems that tokens point into.
///
/// Strings are kept as UTF-8 in one flat byte array and found through an open-addressing
/// hash table, so interning a token costs a hash and a byte compare — no `String` is made
/// per token. At 50 M words that is the difference between seconds and minutes.
public struct Vocabulary: Sendable {
    private var bytes: [UInt8] = []
    /// `offsets[id] ..< offsets[id + 1]` are the bytes of `id`.
    private var offsets: [Int32] = [0]
    /// Two words a slot: `slots[2 * i]` is the hash's top 24 bits << 40 | the length (capped
    /// at 255) << 32 | (id + 1), 0 marking an empty slot; `slots[2 * i + 1]` holds the bytes
    /// of a word of at most 8 bytes. Most words are that short, so a lookup reads one cache
    /// line instead of three (slot, offsets, bytes). Power-of-two sized, at most three quarters
    /// full (16 bytes a slot: fuller tables cost a few more probes, emptier ones memory).
    private var slots: [UInt64] = Array(repeating: 0, count: 2 * 1024)
    /// Once no more strings are added (`compact`): a smaller table of `id + 1` per slot (0
    /// empty), checked against the bytes; `slots` is then empty.
    private var frozen: [UInt32] = []

    public init() {}

    /// The number of distinct strings.
    public var count: Int { offsets.count - 1 }

    /// The string of an id; "" for an id out of range.
    public func string(_ id: Int32) -> String {
        guard id >= 0, Int(id) < count else { return "" }
        return String(decoding: bytes[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])], as: UTF8.self)
    }

    /// The UTF-8 bytes of an id; empty for an id out of range.
    public func utf8(_ id: Int32) -> ArraySlice<UInt8> {
        guard id >= 0, Int(id) < count else { return [] }
        return bytes[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])]
    }

    /// The id of a string, if it was interned.
    public func id(of string: String) -> Int32? {
        let utf8 = Array(string.utf8)
        return utf8.withUnsafeBufferPointer { id(of: $0) }
    }

    /// The id of a string given as UTF-8 bytes, if it was interned (no `String` made).
    public func id(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        find(word).id
    }

    /// The id of these bytes, adding them when new.
    public mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        if word.count <= 8 { return intern(packed: Vocabulary.packed(word), length: word.count) }
        if !frozen.isEmpty { thaw() }
        let (found, slot, hash) = find(word)
        if let found { return found }
        let id = Int32(count)
        bytes.append(contentsOf: word)
        offsets.append(Int32(bytes.count))
        slots[2 * slot] = Vocabulary.meta(hash: hash, length: word.count, id: Int(id))
        slots[2 * slot + 1] = Vocabulary.packed(word)
        if count * 8 > slots.count * 3 { grow() }
        return id
    }

    /// `intern` of a word of at most 8 bytes given as its `packed` bytes (the tokenizer
    /// packs most words as it lower-cases them): no buffer to fill and read again.
    mutating func intern(packed: UInt64, length: Int) -> Int32 {
        if !frozen.isEmpty { thaw() }
        let hash = Vocabulary.shortHash(packed, length)
        let (found, slot) = probeShort(packed, length, hash)
        if let found { return found }
        let id = Int32(count)
        for i in 0..<length { bytes.append(UInt8(truncatingIfNeeded: packed >> UInt64(8 * i))) }
        offsets.append(Int32(bytes.count))
        slots[2 * slot] = Vocabulary.meta(hash: hash, length: length, id: Int(id))
        slots[2 * slot + 1] = packed
        if count * 8 > slots.count * 3 { grow() }
        return id
    }

    /// Drops the spare capacity of the string storage, once no more strings will be added.
    mutating func compact() {
        bytes = bytes.exactlySized()
        offsets = offsets.exactlySized()
        var size = 16
        while size * 3 < count * 4 { size *= 2 }
        var table = [UInt32](repeating: 0, count: size)
        bytes.withUnsafeBufferPointer { bytes in
            for id in 0..<count {
                let lo = Int(offsets[id]), hi = Int(offsets[id + 1])
                var slot = Int(truncatingIfNeeded: Vocabulary.hash(UnsafeBufferPointer(rebasing: bytes[lo..<hi]))) & (size - 1)
                while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
                table[slot] = UInt32(id + 1)
            }
        }
        frozen = table
        slots = []
    }

    /// Back to the interning table after `compact`.
    private mutating func thaw() {
        frozen = []
        var size = 2 * 1024
        while count * 8 > size * 3 { size *= 2 }
        slots = Array(repeating: 0, count: size / 2)
        grow()
    }

    mutating func intern(_ word: [UInt8]) -> Int32 {
        word.withUnsafeBufferPointer { intern($0) }
    }

    /// The id (if present), else the empty slot where it would go, and the hash.
    private func find(_ word: UnsafeBufferPointer<UInt8>) -> (id: Int32?, slot: Int, hash: UInt64) {
        let short = word.count <= 8
        let packed = short ? Vocabulary.packed(word) : 0
        let hash = short ? Vocabulary.shortHash(packed, word.count) : Vocabulary.hash(word)
        if !frozen.isEmpty {
            let mask = frozen.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = frozen[slot]
                if entry == 0 { return (nil, slot, hash) }
                if matches(word, Int(entry) - 1) { return (Int32(entry) - 1, slot, hash) }
                slot = (slot + 1) & mask
            }
        }
        if short {
            let (id, slot) = probeShort(packed, word.count, hash)
            return (id, slot, hash)
        }
        let want = Vocabulary.meta(hash: hash, length: word.count, id: -1) & ~0xFFFF_FFFF
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count / 2 - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = slots[2 * slot]
                if entry == 0 { return (nil, slot, hash) }
                if entry & ~0xFFFF_FFFF == want {
                    let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                    if matches(word, id) { return (Int32(id), slot, hash) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of a word of at most 8 bytes in the interning table (if present), else the
    /// empty slot where it would go: its packed bytes are compared in the slot itself.
    @inline(__always)
    private func probeShort(_ packed: UInt64, _ length: Int, _ hash: UInt64) -> (id: Int32?, slot: Int) {
        let want = Vocabulary.meta(hash: hash, length: length, id: -1) & ~0xFFFF_FFFF
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count / 2 - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = slots[2 * slot]
                if entry == 0 { return (nil, slot) }
                if entry & ~0xFFFF_FFFF == want && slots[2 * slot + 1] == packed {
                    return (Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1, slot)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether `word` is the string of `id`.
    private func matches(_ word: UnsafeBufferPointer<UInt8>, _ id: Int) -> Bool {
        offsets.withUnsafeBufferPointer { offsets in
            bytes.withUnsafeBufferPointer { bytes in
                let lo = Int(offsets[id]), hi = Int(offsets[id + 1])
                return hi - lo == word.count && Vocabulary.equal(bytes, lo, word)
            }
        }
    }

    @inline(__always)
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < word.count {
            if bytes[lo + i] != word[i] { return false }
            i += 1
        }
        return true
    }

    /// The first 8 bytes of a word, little-endian (the length tells the rest).
    @inline(__always)
    private static func packed(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        var i = 0
        while i < min(word.count, 8) {
            value |= UInt64(word[i]) << UInt64(8 * i)
            i += 1
        }
        return value
    }

    /// Room for `n` strings in all without the table growing on the way: a merge that knows
    /// how many may come rehashes once, not at every doubling.
    public mutating func reserveCapacity(_ n: Int) {
        if !frozen.isEmpty { thaw() }
        var words = slots.count
        while n * 8 > words * 3 { words *= 2 }
        if words > slots.count { rehash(slotWords: words) }
        bytes.reserveCapacity(bytes.count + (n - count) * 8)
        offsets.reserveCapacity(n + 1)
    }

    private mutating func grow() {
        rehash(slotWords: slots.count * 2)
    }

    /// The interning table rebuilt with `slotWords / 2` slots.
    private mutating func rehash(slotWords: Int) {
        slots = Array(repeating: 0, count: slotWords)
        let mask = slotWords / 2 - 1
        bytes.withUnsafeBufferPointer { bytes in
            for id in 0..<count {
                let lo = Int(offsets[id]), hi = Int(offsets[id + 1])
                let word = UnsafeBufferPointer(rebasing: bytes[lo..<hi])
                let hash = Vocabulary.hash(word)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[2 * slot] != 0 { slot = (slot + 1) & mask }
                slots[2 * slot] = Vocabulary.meta(hash: hash, length: hi - lo, id: id)
                slots[2 * slot + 1] = Vocabulary.packed(word)
            }
        }
    }

    private static func meta(hash: UInt64, length: Int, id: Int) -> UInt64 {
        (hash >> 40) << 40 | UInt64(min(length, 255)) << 32 | UInt64(truncatingIfNeeded: id + 1) & 0xFFFF_FFFF
    }

    /// FNV-1a, then a final mix so that the low bits (the slot) depend on every byte. A word
    /// of at most 8 bytes (most) is hashed as one 64-bit number instead of byte by byte.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if word.count <= 8 { return shortHash(packed(word), word.count) }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = 0
        while i < word.count {
            h = (h ^ UInt64(word[i])) &* 0x100_0000_01b3
            i += 1
        }
        return mix(h)
    }

    /// `hash` of a word of at most 8 bytes, from its `packed` bytes and length.
    @inline(__always)
    private static func shortHash(_ packed: UInt64, _ length: Int) -> UInt64 {
        mix((packed &+ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15)
    }

    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}
