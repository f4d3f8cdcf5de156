/// Forms the lexicon lacks, valued like their base word: `saves` like `save`, `loveliest`
/// like `lovely`, `tragically` like `tragic`. Regular English endings are taken off a word
/// of the corpus and the candidates looked up; only a lexicon word with a valence of its own
/// (no rule word, no domain term) can be a base. No `-er`: agent nouns drift (`player` is no
/// `play`).
enum Inflections {
    /// A bit for each three lower-case letters that begin a possible base: most forms are
    /// ruled out by their first three letters, without looking up a candidate.
    struct Prefixes: Sendable {
        var bits = [UInt64](repeating: 0, count: (26 * 26 * 26 + 63) / 64)

        static func key(_ word: ArraySlice<UInt8>) -> Int? {
            guard word.count >= 3 else { return nil }
            let a = word[word.startIndex], b = word[word.startIndex + 1], c = word[word.startIndex + 2]
            guard a &- 97 < 26, b &- 97 < 26, c &- 97 < 26 else { return nil }
            return (Int(a) - 97) * 676 + (Int(b) - 97) * 26 + Int(c) - 97
        }

        func contains(_ key: Int) -> Bool { bits[key >> 6] & (1 << UInt64(key & 63)) != 0 }
    }

    /// Whether a term can be a base: a lexicon word with a valence of its own and no rule.
    static func isBase(_ entry: TermEntry) -> Bool {
        entry.source == .lexicon && entry.valence != 0 && entry.roles.isEmpty
    }

    /// The prefixes of the bases among the words (candidates are lower-case letters only).
    static func basePrefixes(_ index: WordIndex) -> Prefixes {
        var prefixes = Prefixes()
        for k in 0..<index.count where isBase(index.entries[k]) {
            if let key = Prefixes.key(index.utf8(k)) { prefixes.bits[key >> 6] |= 1 << UInt64(key & 63) }
        }
        return prefixes
    }

    /// The base of a lower-case ASCII word, and its entry (source `.inflected`), if any.
    /// Asked for most forms of a corpus's vocabulary: candidates are looked up by their bytes
    /// (`SentimentTerms.wordIndex`), and no `String` is made but the one found.
    static func base(of form: ArraySlice<UInt8>, in terms: SentimentTerms) -> (String, TermEntry)? {
        guard form.count >= 4, let last = form.last else { return nil }
        switch last {
        case UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "g"), UInt8(ascii: "y"), UInt8(ascii: "t"): break
        default: return nil
        }
        guard form.allSatisfy({ $0 &- 97 < 26 }) else { return nil }
        let index = terms.wordIndex
        let n = form.count, start = form.startIndex
        // A candidate keeping three letters or more begins like the form.
        let prefixMayBeBase = Prefixes.key(form).map { terms.inflectionBases.contains($0) } ?? true
        /// The candidate of the first `keep` bytes then `extra` (0: nothing), if it is a base.
        func look(_ keep: Int, _ extra: UInt8 = 0) -> Int? {
            guard keep + (extra == 0 ? 0 : 1) >= 3, keep < 3 || prefixMayBeBase,
                  let k = index.find(form.prefix(keep), extra: extra) else { return nil }
            return isBase(index.entries[k]) ? k : nil
        }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            return n > count && suffix.withUTF8Buffer { form.suffix(count).elementsEqual($0) }
        }
        /// `stopped` → `stop`: a doubled consonant before the ending.
        func undoubled(_ ending: Int) -> Int? {
            let stem = n - ending
            guard stem >= 3, form[start + stem - 1] == form[start + stem - 2] else { return nil }
            return look(stem - 1)
        }
        // Possible bases, most likely first (by the last letter, the endings it can close).
        let y = UInt8(ascii: "y"), e = UInt8(ascii: "e")
        let found: Int?
        switch last {
        case UInt8(ascii: "s"):
            if ends("iness") {
                found = look(n - 5, y)
            } else if ends("ies") {
                found = look(n - 3, y)
            } else if ends("es") {
                found = look(n - 2) ?? look(n - 1)
            } else if !ends("ss") && !ends("us") && !ends("is") {
                found = look(n - 1)
            } else {
                found = nil
            }
        case UInt8(ascii: "d"):
            if ends("ied") {
                found = look(n - 3, y)
            } else if ends("ed") {
                found = look(n - 2) ?? look(n - 1) ?? undoubled(2)
            } else {
                found = nil
            }
        case UInt8(ascii: "y"):
            if ends("ily") {
                found = look(n - 3, y)
            } else if ends("ally") {
                found = look(n - 4) ?? look(n - 2)
            } else if ends("ly") {
                found = look(n - 2) ?? look(n - 1, e)
            } else {
                found = nil
            }
        case UInt8(ascii: "g"):
            found = ends("ing") ? look(n - 3) ?? look(n - 3, e) ?? undoubled(3) : nil
        default:
            if ends("iest") {
                found = look(n - 4, y)
            } else if ends("est") {
                found = look(n - 3) ?? look(n - 2) ?? undoubled(3)
            } else {
                found = nil
            }
        }
        guard let found else { return nil }
        var entry = index.entries[found]
        entry.source = .inflected
        entry.startsPhrase = false
        return (index.word(found), entry)
    }
}
