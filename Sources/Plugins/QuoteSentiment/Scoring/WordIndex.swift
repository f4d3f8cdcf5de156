import Workbench

/// The term tables' words by their UTF-8 bytes, each with its entry: the lexicon is read into
/// it line by line, and it is asked for every form of a corpus's vocabulary and the bases of
/// its inflected forms (`CompiledTerms`, `Inflections`) without making a `String`. The words
/// are a core `Vocabulary` (word `k` is its id `k`); the entries an array beside it.
struct WordIndex: Sendable {
    private var words = Vocabulary()
    /// The entry of word `k`.
    var entries: [TermEntry] = []

    /// Room for `capacity` words before the table grows.
    init(capacity: Int = 0) {
        words.reserveCapacity(capacity)
        entries.reserveCapacity(capacity)
    }

    /// The number of a word, added with the empty entry when new.
    mutating func insert(_ word: ArraySlice<UInt8>) -> Int {
        let k = Int(word.withUnsafeBufferPointer { words.intern($0) })
        if k == entries.count { entries.append(TermEntry()) }
        return k
    }

    /// `insert` for a `String`.
    mutating func insert(_ word: String) -> Int {
        insert(ArraySlice(word.utf8))
    }

    /// The entry of a word, if indexed.
    func entry(_ word: String) -> TermEntry? {
        words.id(of: word).map { entries[Int($0)] }
    }

    /// The number of `word` of `prefix` followed by `extra` (0: nothing), if indexed.
    func find(_ prefix: ArraySlice<UInt8>, extra: UInt8) -> Int? {
        guard extra != 0 else { return prefix.withUnsafeBufferPointer { words.id(of: $0) }.map(Int.init) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + 1) { buffer in
            for (i, b) in prefix.enumerated() { buffer[i] = b }
            buffer[prefix.count] = extra
            return words.id(of: UnsafeBufferPointer(buffer)).map(Int.init)
        }
    }

    /// The number of words.
    var count: Int { entries.count }

    /// The bytes of word `k`.
    func utf8(_ k: Int) -> ArraySlice<UInt8> {
        words.utf8(Int32(k))
    }

    /// The text of word `k`.
    func word(_ k: Int) -> String {
        words.string(Int32(k))
    }
}
