/// Reported speech without quotation marks, sentence by sentence:
/// `X believes that …` · `…, says X.` · `According to X, …` · `X said the talks failed.`
struct IndirectSpeech {
    let doc: DocumentText
    let finder: SpeakerFinder

    /// Verbs whose complement is the reported content even without `that`.
    static let bareComplementVerbs: Set<String> = ["say", "says", "said", "told", "tells", "believes", "believe",
                                                   "believed", "thinks", "think", "argues", "argued", "insists",
                                                   "insisted", "warned", "warns", "claims", "claimed", "added", "adds"]

    /// Indirect quotes in sentences that hold no quotation mark and overlap no quote.
    func quotes(avoiding direct: [AttributedQuote]) -> [AttributedQuote] {
        var found: [AttributedQuote] = []
        for s in 0..<doc.sentences.count {
            let range = doc.sentences.tokenRange(s)
            guard range.count >= 4, !range.contains(where: doc.isQuoteMark) else { continue }
            let start = doc.start(range.lowerBound), end = doc.end(range.upperBound - 1)
            guard !direct.contains(where: { $0.start < end && start < $0.end }) else { continue }
            if let quote = reported(in: range, paragraph: Int(doc.sentences.paragraph[s])) { found.append(quote) }
        }
        return found
    }

    private func reported(in range: Range<Int>, paragraph: Int) -> AttributedQuote? {
        var body = range
        while let last = body.last, doc.isPunctuation(last) { body = body.lowerBound..<last }
        guard !body.isEmpty else { return nil }
        for i in body {
            guard let cue = finder.cue(at: i, upper: body.upperBound) else { continue }
            // `According to X, CONTENT`
            if cue.count == 2 {
                guard let speaker = finder.phraseAfter(cue.upperBound, upper: body.upperBound),
                      let comma = (speaker.tokens.upperBound..<body.upperBound).first(where: { doc.word($0) == "," }) else { continue }
                return make(content: (comma + 1)..<body.upperBound, cue: cue, speaker: speaker, paragraph: paragraph,
                            reason: "according to")
            }
            // `CONTENT, says X.` — the cue and its speaker close the sentence (or an apposition follows).
            if let speaker = finder.phraseAfter(cue.upperBound, upper: body.upperBound), speaker.kind != .phrase,
               speaker.tokens.upperBound == body.upperBound || doc.word(speaker.tokens.upperBound) == ",",
               cue.lowerBound - range.lowerBound >= 4 {
                var contentEnd = cue.lowerBound
                if doc.word(contentEnd - 1) == "," { contentEnd -= 1 }
                return make(content: range.lowerBound..<contentEnd, cue: cue, speaker: speaker, paragraph: paragraph,
                            reason: "cue and speaker after the report")
            }
            // `X believes that CONTENT` / `X said CONTENT`
            guard let speaker = finder.phraseBefore(cue.lowerBound, lower: range.lowerBound) else { continue }
            var contentStart = cue.upperBound
            if contentStart < body.upperBound, doc.word(contentStart) == "that" {
                contentStart += 1
            } else {
                guard IndirectSpeech.bareComplementVerbs.contains(doc.word(cue.lowerBound)), contentStart < body.upperBound,
                      !["in", "on", "at", "to", "of", "for", "with", "by", ",", "it", "so", "nothing", "this"].contains(doc.word(contentStart))
                else { continue }
                if doc.word(cue.lowerBound) == "told" || doc.word(cue.lowerBound) == "tells" {
                    // `told reporters (that) …`: skip the listener.
                    guard let listener = finder.phraseAfter(contentStart, upper: body.upperBound) ?? nounAfter(contentStart, body.upperBound)
                    else { continue }
                    contentStart = listener.tokens.upperBound
                    if contentStart < body.upperBound, doc.word(contentStart) == "that" { contentStart += 1 }
                }
            }
            guard body.upperBound - contentStart >= 3 else { continue }
            return make(content: contentStart..<body.upperBound, cue: cue, speaker: speaker, paragraph: paragraph,
                        reason: "reported by the subject")
        }
        return nil
    }

    private func nounAfter(_ i: Int, _ upper: Int) -> SpeakerFinder.Mention? {
        guard i < upper, doc.isLexical(i) else { return nil }
        return SpeakerFinder.Mention(tokens: i..<(i + 1), start: doc.start(i), end: doc.end(i), kind: .phrase)
    }

    private func make(content: Range<Int>, cue: Range<Int>, speaker: SpeakerFinder.Mention, paragraph: Int, reason: String) -> AttributedQuote? {
        guard content.count >= 3 else { return nil }
        let attribution = SpeakerFinder.Attribution(cueTokens: cue, cueStart: doc.start(cue.lowerBound),
                                                    cueEnd: doc.end(cue.upperBound - 1), speaker: speaker)
        return AttributedQuote(start: doc.start(content.lowerBound), end: doc.end(content.upperBound - 1), kind: .indirect,
                               paragraph: paragraph, cue: attribution, speaker: speaker, reason: reason, passage: nil)
    }
}
