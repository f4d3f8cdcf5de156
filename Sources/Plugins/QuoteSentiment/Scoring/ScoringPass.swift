import Workbench

/// The units of one document being scored, one after another (`score`): for each, the first
/// pass over its tokens (`run`), then the rules across clauses and the totals (`finish`, in
/// `ScoringPass+Finish.swift`). One pass serves a whole document, so its arrays are made
/// once, not per unit (`reset` keeps their capacity).
struct ScoringPass {
    /// The clause `although` (or `despite` …) opened.
    struct Concession {
        var clause: Int
        var sentence: Int
        var token: Int
    }

    /// A contrast word (`but`, `however`): contributions before it count less, after it more.
    struct Mark {
        var contribution: Int
        var sentence: Int
        var sentenceInitial: Bool
        var token: Int
    }

    // Stored, not computed from the scorer: read for every token, they must not be copied
    // (and their arrays retained) at each read.
    let terms: CompiledTerms
    /// `CompiledTerms.slots` and `table`.
    let slots: [Int32]
    let table: [TermEntry]
    /// `CompiledTerms.plainWords` and `plainRoleSets`.
    let plainWords: [UInt8]
    let plainRoleSets: [WordRole]
    let rules: ScoringRules
    let tokens: DocumentTokens
    let text: TextReader
    /// The core's token flags, read once a document: each `TokenFlags.x` is a call across modules.
    let lowercaseFlag = TokenFlags.lowercase, capitalizedFlag = TokenFlags.capitalized, spaceBeforeFlag = TokenFlags.spaceBefore
    /// Whether the rules' steps are recorded and the contributions returned (for `words` and
    /// `explain`); without, only the numbers are made.
    let explain: Bool
    var range: Range<Int> = 0..<0

    var contributions: [Contribution] = []
    var contrasts: [Mark] = []
    var concessions: [Concession] = []
    var questionSentences: [Int] = []
    /// The flags of the unit's words, or-ed (no branch a word): `lowercase` among them tells
    /// whether capitals stand out.
    var wordFlags: UInt8 = 0
    var words = 0, wordsWithSentiment = 0
    var exclamations = 0

    var sentence = 0, clause = 0
    var clauseStart = true, sentenceStart = true
    /// The negator in force (token index) and the words since it.
    var negator = -1, negationWords = 0
    /// After a negated word: the negation goes on only across `or`, `nor`, `and`.
    var negationSpent = false
    /// Whether the negator in force has negated a word yet, and its word count and hedge.
    var negationUsed = false, negatorWords = 1
    var negatorHedge: Float = 1, negatorHedgeToken = -1
    var hedge: Float = 1, hedgeToken = -1
    var intensifiers = Intensifiers()
    /// A reverser waiting for its object, and its own contribution, kept back until we
    /// know whether an object follows.
    var reverser = -1, reverserWords = 0
    var reverserOwn: Contribution?
    var previousWordRoles: WordRole = []
    var previousWasName = false
    /// The word `non-` is joined to (`non-violent`), negated on its own.
    var prefixNegated = -1
    /// The positive word right after `too` (`too generous`): excess, a complaint.
    var excessive = -1, excessToken = -1

    init(scorer: SentimentScorer, tokens: DocumentTokens, text: TextReader, explain: Bool) {
        terms = scorer.terms
        slots = scorer.terms.slots
        table = scorer.terms.table
        plainWords = scorer.terms.plainWords
        plainRoleSets = scorer.terms.plainRoleSets
        rules = scorer.rules
        self.tokens = tokens
        self.text = text
        self.explain = explain
    }

    /// The score of `tokens[range]`.
    mutating func score(_ range: Range<Int>) -> SentimentScore {
        reset(range)
        run()
        return finish()
    }

    /// Every per-unit value back to its start (the arrays keep their capacity).
    private mutating func reset(_ range: Range<Int>) {
        self.range = range
        // (Most stay empty: emptying an empty array is not free.)
        if !contributions.isEmpty { contributions.removeAll(keepingCapacity: true) }
        if !contrasts.isEmpty { contrasts.removeAll(keepingCapacity: true) }
        if !concessions.isEmpty { concessions.removeAll(keepingCapacity: true) }
        if !questionSentences.isEmpty { questionSentences.removeAll(keepingCapacity: true) }
        wordFlags = 0
        words = 0
        wordsWithSentiment = 0
        exclamations = 0
        sentence = 0
        clause = 0
        clauseStart = true
        sentenceStart = true
        negator = -1
        negationWords = 0
        negationSpent = false
        negationUsed = false
        negatorWords = 1
        negatorHedge = 1
        negatorHedgeToken = -1
        hedge = 1
        hedgeToken = -1
        intensifiers.removeAll()
        reverser = -1
        reverserWords = 0
        reverserOwn = nil
        previousWordRoles = []
        previousWasName = false
        prefixNegated = -1
        excessive = -1
        excessToken = -1
    }

    /// The entry of token `i`.
    @inline(__always)
    func termEntry(_ i: Int) -> TermEntry {
        table[Int(slots[Int(tokens.normalized[i])])]
    }

    /// A negator leaving its reach without negating anything counts on its own.
    mutating func closeNegation() {
        guard negator >= 0, !negationUsed, rules.bareNegation != 0 else {
            negator = -1
            return
        }
        var own = Contribution(tokens: negator..<(negator + negatorWords), base: rules.bareNegation, value: rules.bareNegation,
                               source: .rule)
        if negatorHedge < 1 { own.apply(.hedge, negatorHedge, trigger: negatorHedgeToken, explain: explain) }
        append(own, words: 0)
        negator = -1
    }

    mutating func endClause() {
        flushReverser()
        closeNegation()
        negationSpent = false
        hedge = 1
        hedgeToken = -1
        intensifiers.removeAll()
        clauseStart = true
    }

    mutating func append(_ contribution: Contribution, words count: Int) {
        var contribution = contribution
        contribution.sentence = Int32(truncatingIfNeeded: sentence)
        contribution.clause = Int32(truncatingIfNeeded: clause)
        contributions.append(contribution)
        wordsWithSentiment += count
    }

    /// A reverser with no object in reach keeps its own valence.
    mutating func flushReverser() {
        if let own = reverserOwn { append(own, words: 1) }
        reverserOwn = nil
        reverser = -1
    }

    mutating func run() {
        let end = range.upperBound
        var i = range.lowerBound
        while i < end {
            let form = Int(tokens.normalized[i])
            let tokenClass = tokens.classes[i]
            // A word without valence, phrase or rule of its own (most words): a byte a form
            // says so, and gives its roles; its entry is not read.
            if tokenClass == .word || tokenClass == .abbreviation {
                let plain = plainWords[form]
                if plain != 0 {
                    plainWord(i, plainRoleSets[Int(plain) - 1])
                    i += 1
                    continue
                }
            }
            let entry = table[Int(slots[form])]
            switch tokenClass {
            case .punctuation, .symbol:
                i = punctuation(i, entry)
            case .number, .url, .email:
                words += 1
                negationWords += 1
                clauseStart = false
                sentenceStart = false
                previousWasName = false
                i += 1
            case .possessive:
                i += 1
            case .word, .abbreviation:
                i = word(i, entry)
            }
        }
        flushReverser()
        closeNegation()
    }

    /// Emoticons, sentence and clause ends. Returns the next token.
    mutating func punctuation(_ i: Int, _ entry: TermEntry) -> Int {
        let end = range.upperBound
        if entry.roles.contains(.emoticonStart),
           i == range.lowerBound || tokens.flags[i].contains(spaceBeforeFlag),
           let (valence, stop) = terms.emoticon(at: i, in: tokens, end: end) {
            words += 1
            append(Contribution(tokens: i..<stop, base: valence, value: valence, source: .emoticon), words: 1)
            return stop
        }
        let roles = entry.roles
        if roles.contains(.sentenceEnd) {
            if roles.contains(.exclamation) { exclamations += 1 }
            if roles.contains(.question), questionSentences.last != sentence { questionSentences.append(sentence) }
            // `?!`, `!!!` end one sentence.
            if i + 1 >= end || !termEntry(i + 1).roles.contains(.sentenceEnd) {
                endClause()
                sentence += 1
                clause += 1
                sentenceStart = true
            }
        } else if roles.contains(.clauseEnd) || (roles.contains(.dash) && tokens.flags[i].contains(spaceBeforeFlag)) {
            endClause()
            clause += 1
        }
        previousWasName = false
        return i + 1
    }

    /// Roles that change nothing in `word` for a word without valence (they matter as the
    /// previous word's roles, or as the next word's): such words take `plainWord`.
    static let plainRoles: WordRole = [.functionWord, .subject, .auxiliary, .greeting, .emoticonStart]

    /// `word` for a word without valence, phrase or rule of its own (most words): what it
    /// does to the counts, a reverser's and a negation's reach, and the name check, in the
    /// same order.
    @inline(__always)
    mutating func plainWord(_ i: Int, _ roles: WordRole) {
        let flags = tokens.flags[i]
        wordFlags |= flags.rawValue
        words += 1
        let atSentenceStart = sentenceStart
        clauseStart = false
        sentenceStart = false
        if reverser >= 0 {
            if reverserWords >= rules.reverserReach { flushReverser() }
            if !roles.contains(.functionWord) { reverserWords += 1 }
        }
        if negator >= 0 && negationWords >= rules.negationReach { closeNegation() }
        previousWasName = flags.contains(capitalizedFlag) && !atSentenceStart && tokens.end(i) - tokens.start(i) > 1
        negationWords += 1
        previousWordRoles = roles
    }

    /// A word, or the phrase it starts. Returns the next token.
    mutating func word(_ i: Int, _ entry: TermEntry) -> Int {
        let end = range.upperBound
        var term = entry
        var stop = i + 1
        if entry.startsPhrase, let (phrase, phraseEnd) = terms.phrase(at: i, in: tokens, end: end) {
            term = phrase
            stop = phraseEnd
        }
        let flags = tokens.flags[i]
        wordFlags |= flags.rawValue
        var wordCount = 0
        for k in i..<stop where tokens.classes[k] == .word || tokens.classes[k] == .abbreviation { wordCount += 1 }
        words += wordCount
        let atClauseStart = clauseStart, atSentenceStart = sentenceStart
        clauseStart = false
        sentenceStart = false
        let roles = term.roles
        defer { previousWordRoles = roles }
        if reverser >= 0 {
            if reverserWords >= rules.reverserReach { flushReverser() }
            if !roles.contains(.functionWord) { reverserWords += 1 }
        }

        if roles.contains(.blocksNegation) {
            negator = -1
            return stop
        }
        if negator >= 0 && negationWords >= rules.negationReach { closeNegation() }
        if roles.contains(.contrast) || (roles.contains(.contrastAtClauseStart) && atClauseStart) {
            endClause()
            contrasts.append(Mark(contribution: contributions.count, sentence: sentence, sentenceInitial: atSentenceStart, token: i))
            clause += 1
            clauseStart = false
            return stop
        }
        if roles.contains(.concessive) {
            endClause()
            clause += 1
            clauseStart = false
            concessions.append(Concession(clause: clause, sentence: sentence, token: i))
            return stop
        }
        if roles.contains(.clauseBreak) {
            flushReverser()
            closeNegation()
            hedge = 1
            hedgeToken = -1
        }
        if roles.contains(.coordinator) { return stop }
        if roles.contains(.prefixNegator), stop + 1 < end, termEntry(stop).roles.contains(.dash),
           !tokens.flags[stop].contains(spaceBeforeFlag), !tokens.flags[stop + 1].contains(spaceBeforeFlag) {
            prefixNegated = stop + 1
            return stop
        }
        if roles.contains(.negator) {
            // `Never has she …`, `Rarely has so much …`: an inversion that stresses.
            if roles.contains(.invertible), atSentenceStart, stop < end,
               termEntry(stop).roles.contains(.auxiliary) {
                intensifiers.append(0.2, word: words, token: i)
                return stop
            }
            closeNegation()
            negator = i
            negationWords = 0
            negationSpent = false
            negationUsed = false
            negatorWords = stop - i
        }
        if roles.contains(.hedge), term.hedge < hedge {
            hedge = term.hedge
            hedgeToken = i
        }
        if roles.contains(.negator) {
            negatorHedge = hedge
            negatorHedgeToken = hedgeToken
        }
        if roles.contains(.negator) || roles.contains(.hedge) { return stop }
        if roles.contains(.excess), negator < 0, stop < end, tokens.classes[stop] == .word,
           termEntry(stop).valence > 0 {
            excessive = stop
            excessToken = i
            return stop
        }
        if roles.contains(.intensifier) {
            intensifiers.append(term.intensity, word: words, token: i)
            return stop
        }
        if roles.contains(.intensifierBeforeSentiment), followedBySentiment(stop) {
            intensifiers.append(term.intensity, word: words, token: i)
            return stop
        }

        var valence = term.valence
        if roles.contains(.verbAfterSubject) && !previousWordRoles.contains(.subject) { valence = 0 }
        // A capitalised word inside a sentence next to another is part of a name:
        // `United Nations`, `Security Council`, `Free Democrats` (not `Happy Birthday`).
        let capitalized = flags.contains(capitalizedFlag) && !atSentenceStart && tokens.end(i) - tokens.start(i) > 1
        // (Asked only of a word with a valence to lose.)
        let isName = valence != 0 && capitalized && stop - i == 1 && !roles.contains(.greeting)
            && (previousWasName || nextIsCapitalized(stop)) && !text.isAllCaps(tokens, i)
        previousWasName = capitalized
        if isName { valence = 0 }

        if roles.contains(.reverser) {
            flushReverser()
            reverser = i
            reverserWords = 0
            if valence != 0 {
                var own = Contribution(tokens: i..<stop, base: valence, value: valence, source: term.source)
                modify(&own, valence: valence, flags: flags, token: i, wordCount: wordCount, countsAsSpent: false)
                reverserOwn = own
            }
            negationWords += wordCount
            return stop
        }
        guard valence != 0 else {
            negationWords += wordCount
            return stop
        }

        var contribution = Contribution(tokens: i..<stop, base: valence, value: valence, source: term.source)
        if term.elongated { contribution.apply(.elongation, rules.elongation, trigger: nil, explain: explain) }
        if i == excessive { contribution.apply(.reversal, rules.excess, trigger: excessToken, explain: explain) }
        // A reverser acts on what it governs, not on an adverb after it (`ended sadly`).
        if reverser >= 0 && !isAdverb(i, stop) {
            contribution.apply(.reversal, valence > 0 ? rules.reversePositive : rules.reverseNegative, trigger: reverser, explain: explain)
            reverserOwn = nil
        }
        modify(&contribution, valence: valence, flags: flags, token: i, wordCount: wordCount, countsAsSpent: true)
        append(contribution, words: wordCount)
        return stop
    }
}
