import Workbench

/// The taxonomy's phrases compiled against one corpus' stem ids: matching a passage is then
/// an array lookup per token and integer compares, no strings.
struct CueMatcher: Sendable {
    /// What a phrase is for.
    enum Role: Sendable, Equatable {
        /// Cue `cue` of area `area` (indices into the taxonomy).
        case cue(area: Int, cue: Int)
        /// A cooperation cue: for every area (`area == nil`) or one area's `context`.
        case context(area: Int?, cue: Int)
        case negative(area: Int, cue: Int)
    }

    struct Phrase: Sendable {
        /// Stem ids, or normalised-form ids when `exact`.
        let ids: [Int32]
        let exact: Bool
        let role: Role
    }

    /// One phrase found: positions in the passage's word sequence (`Words`).
    struct Match: Sendable {
        let phrase: Int
        let first: Int
        let end: Int
    }

    let phrases: [Phrase]
    /// `heads[stem id]` → index into `buckets`, or -1: the phrases starting with that stem;
    /// `formHeads` the same by normalised form, for exact phrases.
    private let heads: [Int32]
    private let formHeads: [Int32]
    private let buckets: [[Int]]
    /// Normalised-form ids of tokens a phrase may run across (`-` in `peace-keeping`, `/`).
    let transparent: Set<Int32>

    init(taxonomy: Taxonomy, layer: TokenLayer) {
        var phrases: [Phrase] = []
        func add(_ cue: Cue, _ role: Role) {
            var ids: [Int32] = []
            for key in cue.stems {
                guard let id = cue.exact ? layer.normalizedID(of: key) : layer.stemID(of: key) else { return }   // not in this corpus
                ids.append(id)
            }
            if !ids.isEmpty { phrases.append(Phrase(ids: ids, exact: cue.exact, role: role)) }
        }
        for (i, cue) in taxonomy.cooperationCues.enumerated() { add(cue, .context(area: nil, cue: i)) }
        for (a, area) in taxonomy.areas.enumerated() {
            for (i, cue) in area.cues.enumerated() { add(cue, .cue(area: a, cue: i)) }
            for (i, cue) in area.context.enumerated() { add(cue, .context(area: a, cue: i)) }
            for (i, cue) in area.negative.enumerated() { add(cue, .negative(area: a, cue: i)) }
        }
        var heads = [Int32](repeating: -1, count: layer.stems.count)
        var formHeads = [Int32](repeating: -1, count: layer.normalizedForms.count)
        var buckets: [[Int]] = []
        for (index, phrase) in phrases.enumerated() {
            let head = Int(phrase.ids[0])
            if phrase.exact {
                if formHeads[head] < 0 { formHeads[head] = Int32(buckets.count); buckets.append([]) }
                buckets[Int(formHeads[head])].append(index)
            } else {
                if heads[head] < 0 { heads[head] = Int32(buckets.count); buckets.append([]) }
                buckets[Int(heads[head])].append(index)
            }
        }
        self.phrases = phrases
        self.heads = heads
        self.formHeads = formHeads
        self.buckets = buckets
        self.transparent = Set(["-", "/", "‐"].compactMap { layer.normalizedID(of: $0) })
    }

    /// Every phrase occurrence in the word sequence, by start then phrase order.
    func matches(in words: Words) -> [Match] {
        var found: [Match] = []
        for i in words.stems.indices {
            let stem = Int(words.stems[i]), form = Int(words.forms[i])
            if stem < heads.count, heads[stem] >= 0 { match(at: i, bucket: Int(heads[stem]), keys: words.stems, words, &found) }
            if form < formHeads.count, formHeads[form] >= 0 { match(at: i, bucket: Int(formHeads[form]), keys: words.forms, words, &found) }
        }
        return found
    }

    private func match(at i: Int, bucket: Int, keys: [Int32], _ words: Words, _ found: inout [Match]) {
        for index in buckets[bucket] {
            let ids = phrases[index].ids
            let end = i + ids.count
            guard end <= keys.count else { continue }
            var ok = true
            var j = 1
            while j < ids.count {
                if keys[i + j] != ids[j] || words.breakBefore[i + j] { ok = false; break }
                j += 1
            }
            if ok { found.append(Match(phrase: index, first: i, end: end)) }
        }
    }
}

/// A passage's words in order: the lexical tokens, with a mark where punctuation (other than
/// a hyphen or slash) or a possessive-free break lies before a word, which a phrase may not
/// cross.
struct Words {
    var tokens: [Int] = []
    var stems: [Int32] = []
    var forms: [Int32] = []
    var breakBefore: [Bool] = []

    init(tokens doc: DocumentTokens, range: Range<Int>, transparent: Set<Int32>) {
        tokens.reserveCapacity(range.count)
        stems.reserveCapacity(range.count)
        forms.reserveCapacity(range.count)
        breakBefore.reserveCapacity(range.count)
        var pendingBreak = false
        let stemIDs = doc.stems
        for k in range {
            let tokenClass = doc.classes[k]
            if tokenClass.isLexical {
                tokens.append(k)
                stems.append(stemIDs[k])
                forms.append(doc.normalized[k])
                breakBefore.append(pendingBreak)
                pendingBreak = false
            } else if tokenClass != .possessive && !transparent.contains(doc.normalized[k]) {
                pendingBreak = true
            }
        }
    }

    /// The word position of the first word at or after token `k`.
    func position(ofToken k: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid] < k { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
