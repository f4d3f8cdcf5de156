/// Phrases of lowercased words mapped to values, for exact and longest-match lookup.
///
/// Keyed by the first word, then a short list of candidates ordered longest first, so a lookup
/// is one hash of the first word and a few word comparisons: no regular expressions, no string
/// joining, no allocation on the lookup path.
struct PhraseIndex<Value: Hashable & Sendable>: Sendable {
    private struct Candidate: Sendable {
        /// The words after the first.
        var rest: [String]
        var values: [Value]
    }

    private var buckets: [String: [Candidate]] = [:]
    /// The number of distinct phrases.
    private(set) var count = 0

    /// Adds `value` under the phrase `words`; a value already there is not added twice.
    mutating func insert(_ words: [String], _ value: Value) {
        guard let first = words.first else { return }
        let rest = Array(words.dropFirst())
        if Self.add(value, rest: rest, to: &buckets[first, default: []]) { count += 1 }
    }

    /// Adds the value to the bucket in place; true when the phrase is new.
    private static func add(_ value: Value, rest: [String], to bucket: inout [Candidate]) -> Bool {
        if let index = bucket.firstIndex(where: { $0.rest == rest }) {
            if !bucket[index].values.contains(value) { bucket[index].values.append(value) }
            return false
        }
        let position = bucket.firstIndex(where: { $0.rest.count < rest.count }) ?? bucket.endIndex
        bucket.insert(Candidate(rest: rest, values: [value]), at: position)
        return true
    }

    /// Reorders the values of every phrase, e.g. to put the likeliest reading first.
    mutating func sortValues(by areInIncreasingOrder: (Value, Value) -> Bool) {
        forEachCandidate { candidate in
            if candidate.values.count > 1 { candidate.values.sort(by: areInIncreasingOrder) }
        }
    }

    /// Keeps, for every phrase, only the first of the values that `identity` says are the same.
    mutating func deduplicate<Identity: Hashable>(by identity: (Value) -> Identity) {
        forEachCandidate { candidate in
            guard candidate.values.count > 1 else { return }
            var seen: Set<Identity> = []
            candidate.values.removeAll { !seen.insert(identity($0)).inserted }
        }
    }

    private mutating func forEachCandidate(_ body: (inout Candidate) -> Void) {
        for bucket in buckets.values.indices {
            for index in buckets.values[bucket].indices { body(&buckets.values[bucket][index]) }
        }
    }

    /// Whether some indexed phrase starts with this word: lets a caller skip lookups for
    /// words that start none (most words), deciding once per word rather than per token.
    func startsPhrase(_ word: String) -> Bool { buckets[word] != nil }

    /// Every word that starts an indexed phrase.
    var firstWords: [String] { Array(buckets.keys) }

    /// The values of exactly this phrase; empty when it is not indexed.
    func values(for words: [String]) -> [Value] {
        guard let first = words.first, let bucket = buckets[first] else { return [] }
        for candidate in bucket where candidate.rest.count == words.count - 1 {
            if matches(candidate.rest, words, from: 1) { return candidate.values }
        }
        return []
    }

    /// The longest indexed phrase that starts at `words[index]`, with its length in words.
    func longestMatch(_ words: [String], from index: Int) -> (length: Int, values: [Value])? {
        guard index >= 0, index < words.count, let bucket = buckets[words[index]] else { return nil }
        let available = words.count - index - 1
        for candidate in bucket where candidate.rest.count <= available {
            if matches(candidate.rest, words, from: index + 1) {
                return (candidate.rest.count + 1, candidate.values)
            }
        }
        return nil
    }

    /// Whether `words[start...]` begins with `rest`; the caller has checked the length.
    private func matches(_ rest: [String], _ words: [String], from start: Int) -> Bool {
        var offset = 0
        while offset < rest.count {
            if rest[offset] != words[start + offset] { return false }
            offset += 1
        }
        return true
    }
}
