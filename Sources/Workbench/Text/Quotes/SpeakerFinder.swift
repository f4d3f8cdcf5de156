/// Finds a speech cue and its speaker in a stretch of tokens next to a quote.
///
/// After a quote: `,” he says` · `,” says Tsuruoka` · `,” Ishikawa adds` · `,” said Hugh Hill,
/// a doctor` · `,” according to the ministry`. Before it: `Ishikawa said: “` · `Hugh Hill, a
/// doctor, said: “` · `According to Smith, “` · `He told reporters, “`.
struct SpeakerFinder {
    /// Who a speaker phrase is: a name, a pronoun, or a common noun phrase (`the minister`).
    enum MentionKind: String { case name, pronoun, phrase }

    struct Mention: Equatable {
        var tokens: Range<Int>
        var start: Int
        var end: Int
        var kind: MentionKind
    }

    struct Attribution: Equatable {
        var cueTokens: Range<Int>
        var cueStart: Int
        var cueEnd: Int
        var speaker: Mention?
    }

    let doc: DocumentText

    /// How far from the quote a cue may be, in tokens.
    static let reachAfter = 10
    static let reachBefore = 16

    // MARK: Cues

    /// The cue at token `i`: a speech verb, or `according to` (two tokens).
    func cue(at i: Int, upper: Int) -> Range<Int>? {
        let flags = doc.flags(i)
        if flags.contains(.according), i + 1 < upper, doc.flags(i + 1).contains(.to) { return i..<(i + 2) }
        // A capitalised `State` or `Call` is a name; after a determiner or possessive
        // (`Obama's remarks`, `the report`) the word is a noun.
        guard flags.contains(.cue), !doc.isCapitalized(i) else { return nil }
        if i > 0 {
            let previous = doc.word(i - 1)
            if doc.flags(i - 1).contains(.determiner) || doc.tokens.classes[i - 1] == .possessive || previous == "that" { return nil }
            // `so-called`, `well-said`: part of a compound.
            if previous == "-" && !doc.tokens.flags[i].contains(.spaceBefore) { return nil }
        }
        return i..<(i + 1)
    }

    /// The first cue after a quote's closing mark, with its speaker. A cue with its speaker
    /// closing the sentence (`…, the groups say.`) counts at any distance.
    func after(_ window: Range<Int>) -> Attribution? {
        var lexical = 0
        var fallback: Attribution?
        for i in window {
            if doc.isQuoteMark(i) { break }
            if doc.isLexical(i) { lexical += 1 }
            if lexical > SpeakerFinder.reachAfter { break }
            guard let cue = cue(at: i, upper: window.upperBound) else { continue }
            let found = attribution(cue, speaker(of: cue, lower: window.lowerBound, upper: window.upperBound))
            if found.speaker == nil && SpeechCues.weak.contains(doc.word(i)) { continue }
            if found.speaker != nil { return found }
            if fallback == nil { fallback = found }
        }
        return closingCue(window) ?? fallback
    }

    /// `…, the groups say.` / `…, says X.` at the end of the stretch.
    private func closingCue(_ window: Range<Int>) -> Attribution? {
        var end = window.upperBound
        while end > window.lowerBound, doc.isPunctuation(end - 1), !doc.isQuoteMark(end - 1) { end -= 1 }
        guard let comma = (window.lowerBound..<end).last(where: { doc.word($0) == "," }), end - comma <= 7 else { return nil }
        for i in (comma + 1)..<end {
            guard let cue = cue(at: i, upper: end) else { continue }
            let speaker = speaker(of: cue, lower: comma + 1, upper: end)
            guard let speaker, speaker.tokens.upperBound == end || speaker.tokens.lowerBound > cue.lowerBound || speaker.tokens.upperBound == cue.lowerBound
            else { continue }
            return attribution(cue, speaker)
        }
        return nil
    }

    /// The speaker of a cue: the phrase before it, else after it — but never the listener
    /// of `told`/`asked`, and none for a participle (`…, saying`), whose speaker is the
    /// clause's subject.
    private func speaker(of cue: Range<Int>, lower: Int, upper: Int) -> Mention? {
        if cue.count == 2 { return phraseAfter(cue.upperBound, upper: upper) }
        let word = doc.word(cue.lowerBound)
        if word.hasSuffix("ing") {
            // `she said, adding that …`: the participle shares the speaker of the cue before it.
            let i = cue.lowerBound
            if i - 2 >= lower, doc.word(i - 1) == ",", let previous = self.cue(at: i - 2, upper: upper), previous.count == 1,
               !doc.word(i - 2).hasSuffix("ing") {
                return speaker(of: previous, lower: lower, upper: i - 1)
            }
            return nil
        }
        if let before = phraseBefore(cue.lowerBound, lower: lower) { return before }
        return SpeechCues.listenerVerbs.contains(word) ? nil : phraseAfter(cue.upperBound, upper: upper)
    }

    /// The last cue before a quote's opening mark, with its speaker.
    func before(_ window: Range<Int>) -> Attribution? {
        var lexical = 0
        for i in window.reversed() {
            if doc.isQuoteMark(i) { return nil }
            if doc.isLexical(i) { lexical += 1 }
            if lexical > SpeakerFinder.reachBefore { return nil }
            if doc.word(i) == "to", i > window.lowerBound, doc.word(i - 1) == "according" { continue }
            guard let cue = cue(at: i, upper: window.upperBound) else { continue }
            let speaker = speaker(of: cue, lower: window.lowerBound, upper: window.upperBound)
            if speaker == nil && SpeechCues.weak.contains(doc.word(i)) { continue }
            return attribution(cue, speaker)
        }
        return nil
    }

    private func attribution(_ cue: Range<Int>, _ speaker: Mention?) -> Attribution {
        Attribution(cueTokens: cue, cueStart: doc.start(cue.lowerBound), cueEnd: doc.end(cue.upperBound - 1), speaker: speaker)
    }

    // MARK: Speaker phrases

    /// The speaker phrase ending just before token `i` (`he` says, `Taku Ishikawa` adds,
    /// `the minister` said, `Hugh Hill, a doctor,` said).
    func phraseBefore(_ i: Int, lower: Int) -> Mention? {
        var j = i - 1
        var skipped = 0
        while j >= lower, skipped < 2, SpeechCues.betweenSpeakerAndCue.contains(doc.word(j)) {
            j -= 1
            skipped += 1
        }
        guard j >= lower else { return nil }
        if doc.word(j) == "," {
            // An apposition: `Hugh Hill, a doctor at the clinic, said`.
            var k = j - 1
            var steps = 0
            while k > lower, doc.word(k) != ",", steps < 10 { k -= 1; steps += 1 }
            guard k > lower, doc.word(k) == ",", k < j - 1 else { return nil }
            return phraseBefore(k, lower: lower)
        }
        let word = doc.word(j)
        if SpeechCues.personalPronouns.contains(word) { return mention(j..<(j + 1), .pronoun) }
        if isNameToken(j) {
            var first = j
            while first - 1 >= lower, isNameToken(first - 1) || isNameParticle(first - 1, next: first) { first -= 1 }
            while first < j, isNameParticle(first, next: first + 1) { first += 1 }
            return mention(first..<(j + 1), .name)
        }
        guard doc.isLexical(j), !SpeechCues.phraseStops.contains(word), !SpeechCues.determiners.contains(word) else { return nil }
        var first = j
        while first - 1 >= lower, first > j - 5 {
            let previous = doc.word(first - 1)
            if SpeechCues.determiners.contains(previous) { first -= 1; break }
            if doc.tokens.classes[first - 1] == .possessive, first - 2 >= lower, doc.isLexical(first - 2) {
                // `Powell’s office said`: the owner belongs to the speaker phrase.
                first -= 2
                while first - 1 >= lower, isNameToken(first - 1) { first -= 1 }
                return mention(first..<(j + 1), .phrase)
            }
            guard doc.isLexical(first - 1), !SpeechCues.phraseStops.contains(previous), !doc.isCapitalized(first - 1) || isNameToken(first - 1) else { break }
            first -= 1
        }
        // A lone lower-case word that is not a plural noun (`officials`) is too weak.
        if first == j && !word.hasSuffix("s") { return nil }
        return mention(first..<(j + 1), .phrase)
    }

    /// The speaker phrase starting at token `i` (says `Tsuruoka`, according to `the ministry`).
    func phraseAfter(_ i: Int, upper: Int) -> Mention? {
        guard i < upper else { return nil }
        let word = doc.word(i)
        if SpeechCues.personalPronouns.contains(word) { return mention(i..<(i + 1), .pronoun) }
        if isNameToken(i) {
            var end = i + 1
            while end < upper, isNameToken(end) || (isNameParticle(end, next: end + 1) && end + 1 < upper && isNameToken(end + 1)) { end += 1 }
            return mention(i..<end, .name)
        }
        // `the spokesman`, `one Sanders supporter`, `former Wisconsin Gov. Jim Doyle`.
        guard doc.isLexical(i), !SpeechCues.phraseStops.contains(word) || SpeechCues.determiners.contains(word) else { return nil }
        var end = i + 1
        while end < upper, end < i + 7, doc.isLexical(end) || doc.word(end) == "-", !SpeechCues.phraseStops.contains(doc.word(end)),
              !SpeechCues.verbs.contains(doc.word(end)), !looksLikePastTense(end) {
            end += 1
        }
        guard end > i + 1 || !SpeechCues.determiners.contains(word) else { return nil }
        // A phrase ending in a name is that name with its description (`former Gov. Jim Doyle`).
        if isNameToken(end - 1) {
            var first = end - 1
            while first - 1 > i, isNameToken(first - 1) { first -= 1 }
            return mention(first..<end, .name)
        }
        return mention(i..<end, .phrase)
    }

    /// `emailed`, `announced`: a lower-case word in -ed ends a noun phrase.
    private func looksLikePastTense(_ i: Int) -> Bool {
        let word = doc.word(i)
        return !doc.isCapitalized(i) && word.count > 4 && word.hasSuffix("ed")
    }

    /// A capitalised word or abbreviation (`Mr.`, `Tsuruoka`, `U.S.`): part of a name.
    func isNameToken(_ i: Int) -> Bool {
        guard doc.isCapitalized(i) else { return false }
        let cls = doc.tokens.classes[i]
        guard cls == .word || cls == .abbreviation else { return false }
        let word = doc.word(i)
        return !SpeechCues.personalPronouns.contains(word) && !SpeechCues.determiners.contains(word)
            && !SpeechCues.nonNames.contains(word) && word != "the" && word != "a"
    }

    /// `de`, `van`, `al`, a hyphen or a possessive between name parts.
    func isNameParticle(_ i: Int, next: Int) -> Bool {
        guard next < doc.count, isNameToken(next) else { return false }
        return ["de", "van", "von", "der", "bin", "al", "da", "du", "le", "la", "-"].contains(doc.word(i))
    }

    private func mention(_ tokens: Range<Int>, _ kind: MentionKind) -> Mention {
        Mention(tokens: tokens, start: doc.start(tokens.lowerBound), end: doc.end(tokens.upperBound - 1), kind: kind)
    }
}
