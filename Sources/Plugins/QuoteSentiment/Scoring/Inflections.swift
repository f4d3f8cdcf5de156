/// Forms the lexicon lacks, valued like their base word: `saves` like `save`, `loveliest`
/// like `lovely`, `tragically` like `tragic`. Regular English endings are taken off a word
/// of the corpus and the candidates looked up; only a lexicon word with a valence of its own
/// (no rule word, no domain term) can be a base. No `-er`: agent nouns drift (`player` is
/// no `play`).
enum Inflections {
    /// The base of a lower-case ASCII word, and its entry (source `.inflected`), if any.
    static func base(of form: ArraySlice<UInt8>, in terms: SentimentTerms) -> (String, TermEntry)? {
        guard form.count >= 4, let last = form.last, [UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "g"),
                                                        UInt8(ascii: "y"), UInt8(ascii: "t")].contains(last),
              form.allSatisfy({ $0 &- 97 < 26 }) else { return nil }
        let w = Array(form)
        for candidate in candidates(w) where candidate.count >= 3 {
            let base = String(decoding: candidate, as: UTF8.self)
            if var entry = terms.words[base], entry.source == .lexicon, entry.valence != 0, entry.roles.isEmpty {
                entry.source = .inflected
                entry.startsPhrase = false
                return (base, entry)
            }
        }
        return nil
    }

    /// Possible bases, most likely first.
    static func candidates(_ w: [UInt8]) -> [[UInt8]] {
        func ends(_ suffix: String) -> Bool { w.count > suffix.utf8.count && w.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        func drop(_ n: Int) -> [UInt8] { Array(w.dropLast(n)) }
        /// `stopped` → `stop`: a doubled consonant before the ending.
        func undoubled(_ n: Int) -> [[UInt8]] {
            let stem = drop(n)
            guard stem.count >= 3, stem[stem.count - 1] == stem[stem.count - 2] else { return [] }
            return [Array(stem.dropLast())]
        }
        let y = UInt8(ascii: "y"), e = UInt8(ascii: "e")
        if ends("iness") { return [drop(5) + [y]] }
        if ends("iest") { return [drop(4) + [y]] }
        if ends("ies") || ends("ied") || ends("ily") { return [drop(3) + [y]] }
        if ends("ally") { return [drop(4), drop(2)] }
        if ends("ly") { return [drop(2), drop(1) + [e]] }
        if ends("ing") { return [drop(3), drop(3) + [e]] + undoubled(3) }
        if ends("est") { return [drop(3), drop(2)] + undoubled(3) }
        if ends("ed") { return [drop(2), drop(1)] + undoubled(2) }
        if ends("es") { return [drop(2), drop(1)] }
        if ends("s") && !ends("ss") && !ends("us") && !ends("is") { return [drop(1)] }
        return []
    }
}
