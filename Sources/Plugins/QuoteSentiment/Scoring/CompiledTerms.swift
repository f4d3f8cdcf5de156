import Workbench

/// The term tables resolved against one token layer's vocabulary: an entry per normalised
/// form id, so that scoring a token is an array read, never a string lookup.
///
/// A class: every unit scored takes the tables into its `ScoringPass`, and a struct of seven
/// arrays and dictionaries cost fourteen reference-count operations per unit.
final class CompiledTerms: Sendable {
    /// A phrase of the tables, flat: no array of its own to count references to at each
    /// word that may start it (`a`, `not`, `kind` …).
    struct Phrase: Sendable {
        /// Its tokens after the first: `phraseRest[restStart ..< restStart + restCount]`.
        var restStart: Int32
        var restCount: Int32
        var entry: TermEntry
    }

    /// Each normalised form id's (`DocumentTokens.normalized`) entry in `table`: 0 for the
    /// empty entry of the forms the tables lack (most). Four bytes a form instead of a
    /// 24-byte entry: the lookup of a rare word, once a cache miss in a large array, mostly
    /// hits now.
    let slots: [Int32]
    /// The entries of the forms with one, `.empty` first.
    let table: [TermEntry]
    /// Per normalised form id, for a word without valence, phrase or role that acts in
    /// `ScoringPass.word` (most words, `ScoringPass.plainWord`): 1 + the index of its roles
    /// in `plainRoleSets`; else 0. A byte a form (25 KB for 25,000 forms, mostly in cache):
    /// the entries of most words are never read.
    let plainWords: [UInt8]
    /// The role sets of plain words (a few: none, a function word, a subject …).
    let plainRoleSets: [WordRole]
    /// The phrases by the entry (in `table`) of their first word, longest first: those of
    /// entry `k` are `phrases[phraseStarts[k] ..< phraseStarts[k + 1]]`.
    let phrases: [Phrase]
    let phraseStarts: [Int32]
    /// The normalised-form ids of the phrases' tokens after the first, one after another.
    let phraseRest: [Int32]
    /// Emoticons by their normalised text (the tokens that can start one have the role
    /// `emoticonStart`).
    let emoticons: [String: Float]
    /// Every beginning of an emoticon's text (`:`, `:-`): the tokens after an emoticon start
    /// are joined on only while the text so far is one.
    let emoticonPrefixes: Set<String>
    let maxEmoticonTokens: Int
    let forms: Vocabulary
    /// The base word of inflected and elongated forms (`saves` → `save`, `sooo` → `so`), for `explain`.
    let baseForms: [Int32: String]

    init(_ terms: SentimentTerms, layer: TokenLayer) {
        let vocabulary = layer.normalizedForms
        forms = vocabulary
        var entries = [TermEntry](repeating: .empty, count: vocabulary.count)
        // One pass over the vocabulary: each form's entry, found by its bytes, then what
        // depends on a word's spelling: every `-n't` form negates (`shouldn't` also hedges,
        // from the rule words); a form the tables lack may be an inflection of a lexicon word
        // (`saves`) or a word with a letter held (`sooo`, `yesss`): the plain word, stressed.
        var baseForms: [Int32: String] = [:]
        let apostropheT: [UInt8] = Array("n't".utf8)
        let index = terms.wordIndex
        for id in 0..<vocabulary.count {
            let bytes = vocabulary.utf8(Int32(id))
            if let k = index.find(bytes, extra: 0) { entries[id] = index.entries[k] }
            if bytes.count > 3, bytes.suffix(3).elementsEqual(apostropheT) {
                entries[id].roles.insert(.negator)
                entries[id].valence = 0
                continue
            }
            guard entries[id].isEmpty, bytes.count >= 4 else { continue }
            if let (base, entry) = Inflections.base(of: bytes, in: terms) {
                entries[id] = entry
                baseForms[Int32(id)] = base
            } else if let plain = CompiledTerms.unelongated(bytes, terms: terms) {
                entries[id] = plain.entry
                entries[id].elongated = true
                baseForms[Int32(id)] = plain.word
            }
        }
        for (form, role) in [(",", WordRole.clauseEnd), (";", .clauseEnd), (":", .clauseEnd), ("(", .clauseEnd),
                             (")", .clauseEnd), ("\"", .clauseEnd), ("--", .clauseEnd), ("[", .clauseEnd), ("]", .clauseEnd),
                             ("-", .dash), (".", .sentenceEnd), ("...", .clauseEnd),
                             ("!", [.sentenceEnd, .exclamation]), ("?", [.sentenceEnd, .question])] {
            if let id = vocabulary.id(of: form) { entries[Int(id)].roles.formUnion(role) }
        }
        self.baseForms = baseForms
        var phrases: [Int32: [(rest: [Int32], entry: TermEntry)]] = [:]
        for (parts, entry) in terms.phrases {
            let ids = parts.compactMap { vocabulary.id(of: $0) }
            guard ids.count == parts.count, let first = ids.first else { continue }
            phrases[first, default: []].append((Array(ids.dropFirst()), entry))
            entries[Int(first)].startsPhrase = true
        }
        for key in phrases.keys { phrases[key]!.sort { $0.rest.count > $1.rest.count } }
        var longest = 1
        for emoticon in terms.emoticons.keys {
            guard let first = emoticon.unicodeScalars.first else { continue }
            if let id = vocabulary.id(of: String(first)) { entries[Int(id)].roles.insert(.emoticonStart) }
            longest = max(longest, SentimentTerms.split(emoticon).count)
        }
        var slots = [Int32](repeating: 0, count: vocabulary.count)
        var table: [TermEntry] = [.empty]
        var phraseList: [Phrase] = [], phraseStarts: [Int32] = [0, 0], phraseRest: [Int32] = []
        var plainWords = [UInt8](repeating: 0, count: vocabulary.count)
        var plainRoleSets: [WordRole] = [[]]
        for id in entries.indices {
            let entry = entries[id]
            if entry.valence == 0 && !entry.startsPhrase && entry.roles.isSubset(of: ScoringPass.plainRoles) {
                // At most 2^5 role sets (`plainRoles` has five).
                if let k = plainRoleSets.firstIndex(of: entry.roles) {
                    plainWords[id] = UInt8(k + 1)
                } else {
                    plainRoleSets.append(entry.roles)
                    plainWords[id] = UInt8(plainRoleSets.count)
                }
            }
            if entry == .empty { continue }
            slots[id] = Int32(table.count)
            table.append(entry)
            for phrase in entry.startsPhrase ? phrases[Int32(id)] ?? [] : [] {
                phraseList.append(Phrase(restStart: Int32(phraseRest.count), restCount: Int32(phrase.rest.count), entry: phrase.entry))
                phraseRest += phrase.rest
            }
            phraseStarts.append(Int32(phraseList.count))
        }
        self.slots = slots
        self.plainWords = plainWords
        self.plainRoleSets = plainRoleSets
        self.table = table
        self.phrases = phraseList
        self.phraseStarts = phraseStarts
        self.phraseRest = phraseRest
        emoticons = terms.emoticons
        var prefixes: Set<String> = []
        for emoticon in terms.emoticons.keys {
            var prefix = ""
            for scalar in emoticon.unicodeScalars {
                prefix.unicodeScalars.append(scalar)
                prefixes.insert(prefix)
            }
        }
        emoticonPrefixes = prefixes
        maxEmoticonTokens = min(longest, 8)
    }

    /// For a word with a run of three or more of one letter: the word with runs cut to two
    /// letters, or else to one, when the tables know it.
    static func unelongated(_ bytes: ArraySlice<UInt8>, terms: SentimentTerms) -> (word: String, entry: TermEntry)? {
        var run = 1, longest = 1
        var previous: UInt8 = 0
        for b in bytes {
            run = b == previous ? run + 1 : 1
            longest = max(longest, run)
            previous = b
        }
        guard longest >= 3, bytes.allSatisfy({ $0 &- 97 < 26 }) else { return nil }
        for keep in [2, 1] {
            var out: [UInt8] = []
            var count = 0
            previous = 0
            for b in bytes {
                count = b == previous ? count + 1 : 1
                previous = b
                if count <= keep { out.append(b) }
            }
            let word = String(decoding: out, as: UTF8.self)
            if var entry = terms.wordIndex.entry(word), entry.hasContent {
                entry.startsPhrase = false
                return (word, entry)
            }
            if let (_, entry) = Inflections.base(of: ArraySlice(out), in: terms) { return (word, entry) }
        }
        return nil
    }

    /// The longest phrase starting at token `i` (its entry and its end), if any.
    @inline(__always)
    func phrase(at i: Int, in tokens: DocumentTokens, end: Int) -> (TermEntry, Int)? {
        let slot = Int(slots[Int(tokens.normalized[i])])
        for p in Int(phraseStarts[slot])..<Int(phraseStarts[slot + 1]) {
            let start = Int(phrases[p].restStart), count = Int(phrases[p].restCount)
            guard i + count < end else { continue }
            var matched = true
            for k in 0..<count where tokens.normalized[i + 1 + k] != phraseRest[start + k] {
                matched = false
                break
            }
            if matched { return (phrases[p].entry, i + 1 + count) }
        }
        return nil
    }

    /// An emoticon made of the tokens from `i` that touch each other (`:` `-` `)`), if any:
    /// its valence and end.
    func emoticon(at i: Int, in tokens: DocumentTokens, end: Int) -> (Float, Int)? {
        var text = ""
        var best: (Float, Int)?
        var j = i
        while j < end && j < i + maxEmoticonTokens {
            if j > i && tokens.flags[j].contains(.spaceBefore) { break }
            text += forms.string(tokens.normalized[j])
            j += 1
            // No emoticon begins with the text so far: none is longer either.
            guard emoticonPrefixes.contains(text) else { break }
            if let valence = emoticons[text] { best = (valence, j) }
        }
        // An emoticon stands alone: the next token must not touch it (`(NATO)` is no `(n`).
        if let (_, stop) = best, stop < end, !tokens.flags[stop].contains(.spaceBefore),
           tokens.classes[stop] == .word {
            return nil
        }
        return best
    }
}
