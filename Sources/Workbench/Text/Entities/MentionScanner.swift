/// Finds candidate mentions in one document, sentence by sentence: maximal runs of
/// capitalised words (with connectors such as `of`, `for`, `de` inside), each cut into
/// pieces by what the lexicons know — organisation cues, gazetteer names, titles — and the
/// rest judged by the evidence around it (see `MentionScanner+Evidence`).
///
/// Works on token ids; strings are made only for the few words of a run, for lookups.
struct MentionScanner {
    let view: EntityTokens
    let gazetteer: Gazetteer
    var candidates: [Candidate] = []

    init(view: EntityTokens, gazetteer: Gazetteer) {
        self.view = view
        self.gazetteer = gazetteer
    }

    /// Scans every sentence of the document.
    mutating func scan(_ sentences: DocumentSentences) {
        for s in 0..<sentences.count { scan(sentence: sentences.tokenRange(s)) }
    }

    mutating func scan(sentence: Range<Int>) {
        guard !sentence.isEmpty else { return }
        let headline = isHeadline(sentence)
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard view.isCapitalized(i) else { i += 1; continue }
            var j = i + 1
            while j < sentence.upperBound {
                if view.isCapitalized(j) { j += 1; continue }
                // A hyphen glued on both sides, as in `Mazar-e-Sharif`, `Jean-Claude`,
                // `NATO-Japan`: the tokenizer splits it; the pieces below sort it out.
                if isGluedHyphen(j, before: sentence.upperBound) { j += 2; continue }
                // One or two connectors, then a capital: "Department of International …",
                // "Ursula von der Leyen".
                if view.isConnector(j) {
                    if j + 1 < sentence.upperBound && view.isCapitalized(j + 1) { j += 2; continue }
                    if j + 2 < sentence.upperBound && view.isConnector(j + 1) && view.isCapitalized(j + 2) { j += 3; continue }
                }
                break
            }
            segment(i..<j, sentence: sentence, headline: headline)
            i = j
        }
    }

    /// `-` touching the word before and a word after it.
    private func isGluedHyphen(_ j: Int, before end: Int) -> Bool {
        guard j + 1 < end, view.tokens.classes[j] == .punctuation, view.tokens.classes[j + 1] == .word,
              !view.tokens.flags[j].contains(.spaceBefore), !view.tokens.flags[j + 1].contains(.spaceBefore) else { return false }
        return view.form(j) == "-"
    }

    /// A title-case line ("Beyond Afghanistan", "Ad Sales Boost Time Warner Profit"): its
    /// capitals say nothing, so every position in it is weak.
    func isHeadline(_ sentence: Range<Int>) -> Bool {
        var words = 0, capitals = 0
        for i in sentence where view.tokens.classes[i] == .word && !view.has(i, .neverName) && !view.has(i, .connector) {
            words += 1
            if view.tokens.flags[i].contains(.capitalized) { capitals += 1 }
        }
        return (words >= 2 && capitals == words) || (words >= 4 && capitals * 10 >= words * 8)
    }

    /// A capital here is weak evidence of a name: the sentence's first word, or the first
    /// after an opening quote, colon, bracket, dash or bullet, or a line's first.
    func isWeak(_ i: Int, in sentence: Range<Int>) -> Bool {
        if view.tokens.flags[i].contains(.lineStart) { return true }
        var k = i - 1
        while k >= sentence.lowerBound {
            let c = view.tokens.classes[k]
            if c == .punctuation || c == .symbol {
                switch view.form(k) {
                case ",", ")", "]", "'s": return false
                default: return true
                }
            }
            if c == .number { k -= 1; continue }
            return false
        }
        return true
    }

    // MARK: - Cutting a run into pieces

    private mutating func segment(_ run: Range<Int>, sentence: Range<Int>, headline: Bool) {
        let words = view.forms(run)
        let base = run.lowerBound
        var k = run.lowerBound
        while k < run.upperBound {
            // Connectors, glued hyphens and the lowercase words after them start no piece.
            if !view.isCapitalized(k) { k += 1; continue }
            let weak = headline || isWeak(k, in: sentence)
            let chunkEnd = self.chunkEnd(from: k, in: run)
            let place = gazetteerMatch(words, base: base, at: k)
            if place == nil && view.has(k, .neverName) && !view.isAllCaps(k) { k += 1; continue }
            if view.has(k, .nonEntity) && place == nil { k += 1; continue }
            if let end = organizationEnd(words, base: base, at: k, chunkEnd: chunkEnd, run: run, weak: weak),
               end > k + (place?.length ?? 0) {
                add(Candidate(tokens: k..<end, start: view.start(k), end: view.end(end - 1), kind: .organization, source: .cue))
                k = end
                continue
            }
            if let place {
                let end = k + place.length
                // "Manchester United", "Japan Times": a place followed by common capitalised
                // words is the name of something else.
                if place.entry.kind.isPlace, end < chunkEnd, view.isCapitalized(end), view.vocabulary.isCommonWord(view.id(end)),
                   gazetteerMatch(words, base: base, at: end) == nil, !view.has(end, .startsTitle), !view.has(end, .startsPlaceCue) {
                    add(Candidate(tokens: k..<chunkEnd, start: view.start(k), end: view.end(chunkEnd - 1), kind: .organization, source: .cue))
                    k = chunkEnd
                    continue
                }
                addGazetteer(place.entry, k..<end)
                k = end
                continue
            }
            if view.has(k, .startsTitle), let title = gazetteer.longestTitle(words: words, from: k - base),
               title.title.isTitle || title.title.isRoleNoun {
                let nameStart = k + title.length
                if title.title.isTitle, nameStart < run.upperBound, view.isCapitalized(nameStart),
                   gazetteerMatch(words, base: base, at: nameStart)?.entry.isAmbiguous ?? true,
                   !view.has(nameStart, .neverName),
                   // A name has at least one name-like word: not "President Executive Order".
                   case let nameEnd = personEnd(from: nameStart, in: run),
                   (nameStart..<nameEnd).contains(where: { isNameLike($0) || view.has($0, .givenName) }) {
                    var candidate = Candidate(tokens: nameStart..<nameEnd, start: view.start(nameStart), end: view.end(nameEnd - 1),
                                              kind: .person, source: .title)
                    candidate.title = k..<nameStart
                    candidate.titleIsHonorific = title.title.category == "honorific"
                    if let last = candidates.indices.last, candidates[last].tokens.upperBound == k, candidates[last].kind != .person {
                        candidate.titleOwner = last
                    }
                    add(candidate)
                    k = nameEnd
                } else {
                    k = nameStart
                }
                continue
            }
            let end = unknownEnd(words, base: base, from: k, chunkEnd: chunkEnd, run: run)
            classifyUnknown(k..<end, sentence: sentence, weak: weak, headline: headline)
            k = end
        }
    }

    /// The first connector at or after `k` in the run, or the run's end.
    func chunkEnd(from k: Int, in run: Range<Int>) -> Int {
        var e = k + 1
        while e < run.upperBound && !view.isConnector(e) { e += 1 }
        return e
    }

    /// A person's name from `k`: to the chunk's end, across name particles (`von der`).
    private func personEnd(from k: Int, in run: Range<Int>) -> Int {
        var e = chunkEnd(from: k, in: run)
        while e < run.upperBound && view.has(e, .particle) {
            var next = e
            while next < run.upperBound && view.isConnector(next) && view.has(next, .particle) { next += 1 }
            guard next < run.upperBound, next > e, view.isCapitalized(next) else { break }
            e = chunkEnd(from: next, in: run)
        }
        return e
    }

    /// Where an unknown piece from `k` ends: before the next gazetteer name or title inside
    /// its chunk (an ambiguous name such as `Jordan` stays inside: "Michael Jordan"),
    /// continuing across name particles.
    private func unknownEnd(_ words: [String], base: Int, from k: Int, chunkEnd: Int, run: Range<Int>) -> Int {
        var e = k + 1
        while e < chunkEnd {
            if view.has(e, .nonEntity) { break }
            // An acronym inside a name ends it: "East Midlands MEP Robert Kilroy-Silk".
            if view.isCapitalized(e) && view.isAllCaps(e) { break }
            if let match = gazetteerMatch(words, base: base, at: e), !match.entry.isAmbiguous { break }
            if view.has(e, .startsTitle), let title = gazetteer.longestTitle(words: words, from: e - base), title.title.isTitle { break }
            e += 1
        }
        if e == chunkEnd && e < run.upperBound && view.has(e, .particle) {
            let extended = personEnd(from: k, in: run)
            if extended > e { return extended }
        }
        return e
    }

    mutating func add(_ candidate: Candidate) { candidates.append(candidate) }
}
