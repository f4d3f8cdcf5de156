/// Forms the lexicon lacks, valued like their base word: `saves` like `save`, `loveliest`
/// like `lovely`, `tragically` like `tragic`. Regular English endings are taken off a word
/// of the corpus and the candidates looked up; only a lexicon word with a valence of its own
/// (no rule word, no domain term) can be a base (`SentimentTerms.inflectionBases`). No
/// `-er`: agent nouns drift (`player` is no `play`).
enum Inflections {
    /// A candidate base: the word's first `keep` bytes, then `extra` (0: nothing).
    struct Candidate {
        var keep: Int
        var extra: UInt8 = 0
    }

    /// The base of a lower-case ASCII word, and its entry (source `.inflected`), if any.
    /// Asked for most forms of a corpus's vocabulary: no `String` is made but the one found.
    static func base(of form: ArraySlice<UInt8>, in terms: SentimentTerms) -> (String, TermEntry)? {
        guard form.count >= 4, let last = form.last, [UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "g"),
                                                        UInt8(ascii: "y"), UInt8(ascii: "t")].contains(last),
              form.allSatisfy({ $0 &- 97 < 26 }) else { return nil }
        let bases = terms.inflectionBases
        var found: (String, TermEntry)?
        forEachCandidate(form) { candidate in
            guard candidate.keep + (candidate.extra == 0 ? 0 : 1) >= 3,
                  let k = bases.find(form.prefix(candidate.keep), extra: candidate.extra) else { return false }
            var entry = bases.entries[k]
            entry.source = .inflected
            entry.startsPhrase = false
            found = (bases.word(k), entry)
            return true
        }
        return found
    }

    /// Calls `body` with each possible base, most likely first, until it returns true.
    private static func forEachCandidate(_ w: ArraySlice<UInt8>, _ body: (Candidate) -> Bool) {
        let n = w.count
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard n > count else { return false }
            return suffix.withUTF8Buffer { w.suffix(count).elementsEqual($0) }
        }
        func first(_ candidates: Candidate...) {
            for candidate in candidates where body(candidate) { return }
        }
        /// `stopped` → `stop`: a doubled consonant before the ending.
        func undoubled(_ k: Int) -> Candidate? {
            let stem = n - k
            guard stem >= 3, w[w.startIndex + stem - 1] == w[w.startIndex + stem - 2] else { return nil }
            return Candidate(keep: stem - 1)
        }
        /// The candidates, then the undoubled stem if there is one.
        func firstThenUndoubled(_ candidates: [Candidate], _ k: Int) {
            for candidate in candidates where body(candidate) { return }
            if let candidate = undoubled(k) { _ = body(candidate) }
        }
        let y = UInt8(ascii: "y"), e = UInt8(ascii: "e")
        if ends("iness") { return first(Candidate(keep: n - 5, extra: y)) }
        if ends("iest") { return first(Candidate(keep: n - 4, extra: y)) }
        if ends("ies") || ends("ied") || ends("ily") { return first(Candidate(keep: n - 3, extra: y)) }
        if ends("ally") { return first(Candidate(keep: n - 4), Candidate(keep: n - 2)) }
        if ends("ly") { return first(Candidate(keep: n - 2), Candidate(keep: n - 1, extra: e)) }
        if ends("ing") { return firstThenUndoubled([Candidate(keep: n - 3), Candidate(keep: n - 3, extra: e)], 3) }
        if ends("est") { return firstThenUndoubled([Candidate(keep: n - 3), Candidate(keep: n - 2)], 3) }
        if ends("ed") { return firstThenUndoubled([Candidate(keep: n - 2), Candidate(keep: n - 1)], 2) }
        if ends("es") { return first(Candidate(keep: n - 2), Candidate(keep: n - 1)) }
        if ends("s") && !ends("ss") && !ends("us") && !ends("is") { return first(Candidate(keep: n - 1)) }
    }
}
