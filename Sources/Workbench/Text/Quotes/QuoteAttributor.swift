/// Attributes one document's quoted passages to speakers, then adds indirect speech.
///
/// Order of evidence for a passage: a cue after its closing mark (`,” he says`), a cue before
/// its opening mark (`Ishikawa said: “`), a cue ending the previous paragraph (`Hugh Hill, a
/// doctor, said:`), the other part of a quote split across paragraphs, an attributed quote
/// next to it in the same paragraph. Pronouns then resolve to the nearest person before them.
struct QuoteAttributor {
    let doc: DocumentText
    let paragraphs: [Range<Int>]
    /// The entity analysis' mentions: names become canonical entity names, pronouns resolve
    /// to the nearest person mention.
    var entities: EntityLayer?
    /// Person mentions (start, end, canonical name), from `entities`.
    private var persons: [(start: Int, end: Int, name: String)] = []

    init(doc: DocumentText, paragraphs: [Range<Int>], entities: EntityLayer? = nil) {
        self.doc = doc
        self.paragraphs = paragraphs
        self.entities = entities
        if let entities {
            persons = entities.persons(in: doc.id).map { ($0.start, $0.end, entities.entity(of: $0).name) }
        }
    }

    /// Quoted passages with fewer lexical tokens and no speaker are scare quotes or titles.
    static let minimumUnattributedWords = 4

    func quotes() -> [AttributedQuote] {
        let finder = SpeakerFinder(doc: doc)
        let scanner = QuoteScanner(scalars: doc.scalars) { offset in
            let range = doc.sentenceTokens(at: offset)
            return range.isEmpty ? 0 : doc.start(range.lowerBound)
        }
        let passages = scanner.passages(paragraphs: paragraphs)
        var quotes = passages.enumerated().map { index, passage in
            attribute(passage, previous: index > 0 ? passages[index - 1] : nil, finder: finder)
        }
        shareAcrossParts(&quotes)
        shareWithNeighbours(&quotes)
        quotes.removeAll { $0.speaker == nil && lexicalCount($0.start, $0.end) < QuoteAttributor.minimumUnattributedWords }
        quotes += IndirectSpeech(doc: doc, finder: finder).quotes(avoiding: quotes)
        quotes.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        resolveNames(&quotes)
        return quotes
    }

    // MARK: One passage

    private func attribute(_ passage: QuoteScanner.Passage, previous: QuoteScanner.Passage?, finder: SpeakerFinder) -> AttributedQuote {
        var quote = AttributedQuote(start: passage.start, end: passage.end, kind: .direct, paragraph: passage.paragraph,
                                    reason: "no cue found", passage: passage)
        let openToken = passage.openMark.map { doc.token(atOrAfter: $0) }
        let closeToken = passage.closeMark.map { doc.token(atOrAfter: $0) }
        var beforeWindow = 0..<0
        if let open = openToken {
            var lower = doc.sentenceTokens(at: doc.start(open)).lowerBound
            if let close = previous?.closeMark, close < doc.start(open) { lower = max(lower, doc.token(atOrAfter: close) + 1) }
            beforeWindow = min(lower, open)..<open
            if isEmbedded(beforeWindow) { quote.kind = .mixed }
        }
        var afterFound: SpeakerFinder.Attribution?
        if let close = closeToken {
            let sentenceIndex = doc.sentence(at: doc.start(close))
            var window = (close + 1)..<max(close + 1, doc.sentences.tokenRange(sentenceIndex).upperBound)
            // `“…?” Trump said to a crowd.`: the quote closed its sentence; the attribution is
            // the next one, in the same paragraph.
            if !window.contains(where: doc.isLexical), sentenceIndex + 1 < doc.sentences.count,
               doc.sentences.paragraph[sentenceIndex + 1] == doc.sentences.paragraph[sentenceIndex] {
                window = doc.sentences.tokenRange(sentenceIndex + 1)
            }
            afterFound = finder.after(window)
        }
        var beforeFound = finder.before(beforeWindow)
        // A cue without a speaker of its own (`…, saying “…”`, `went on to say`): the subject
        // of the clause, which starts after any earlier quote in the sentence.
        if let open = openToken, beforeFound != nil, beforeFound?.speaker == nil {
            beforeFound?.speaker = subject(of: beforeWindow, before: open, finder: finder)
        }
        // `Obama said “…” every time he thinks`: a cue right before the opening mark wins.
        let beforeIsAdjacent = beforeFound.map { found in
            (found.cueTokens.upperBound..<beforeWindow.upperBound).allSatisfy { !doc.isLexical($0) }
                || beforeWindow.upperBound - found.cueTokens.upperBound <= 1
        } ?? false
        // A partly quoted clause belongs to whoever reports it before (`Sims say he was “…”`).
        let choices: [(SpeakerFinder.Attribution?, String)] = beforeIsAdjacent || quote.kind == .mixed
            ? [(beforeFound, "cue before the quote"), (afterFound, "cue after the quote")]
            : [(afterFound, "cue after the quote"), (beforeFound, "cue before the quote")]
        if let (found, reason) = choices.first(where: { $0.0?.speaker != nil }), let found {
            quote.cue = found
            quote.speaker = found.speaker
            quote.reason = reason
            return quote
        }
        if let (found, reason) = choices.first(where: { $0.0 != nil }), let found {
            // A cue without a speaker of its own (`…, saying “…”`): the sentence's subject.
            quote.cue = found
            quote.reason = reason
        }
        if let open = openToken, beforeWindow.allSatisfy({ !doc.isLexical($0) }), quote.cue == nil,
           let found = cueEndingPreviousParagraph(open, finder) {
            quote.cue = found
            quote.speaker = found.speaker
            quote.reason = "cue ending the previous paragraph"
            return quote
        }
        let introduced = beforeWindow.last.map { doc.word($0) == ":" } ?? false
        if quote.cue != nil || quote.kind == .mixed || introduced, let open = openToken,
           let subject = subject(of: beforeWindow, before: open, finder: finder) {
            quote.speaker = subject
            quote.reason = quote.cue == nil ? "subject of the sentence" : quote.reason + "; speaker is the subject of the sentence"
        }
        return quote
    }

    /// The subject opening a clause: a name, a pronoun or a described speaker (`The Vermont
    /// senator`), at its start or after a leading `However,` / `On Monday,`.
    private func subject(of clause: Range<Int>, before limit: Int, finder: SpeakerFinder) -> SpeakerFinder.Mention? {
        var i = clause.lowerBound
        while i < limit, !doc.isLexical(i) { i += 1 }
        func candidate(_ at: Int) -> SpeakerFinder.Mention? {
            guard at < limit, let mention = finder.phraseAfter(at, upper: limit) else { return nil }
            if mention.kind == .phrase && !SpeechCues.determiners.contains(doc.word(at)) { return nil }
            // `Signs of momentum …`: a capitalised noun, not a name.
            if mention.tokens.upperBound < limit, doc.word(mention.tokens.upperBound) == "of", mention.kind != .pronoun { return nil }
            return mention
        }
        if let found = candidate(i) { return found }
        if let comma = (i..<min(limit, i + 7)).first(where: { doc.word($0) == "," }) { return candidate(comma + 1) }
        return nil
    }

    /// A quote opened mid-clause (`called it “a disaster”`) rather than after `:` or `,`.
    private func isEmbedded(_ window: Range<Int>) -> Bool {
        guard let last = window.last(where: { !doc.isQuoteMark($0) }) else { return false }
        let word = doc.word(last)
        if [":", ",", "-", "—", "–", "(", "..."].contains(word) { return false }
        return window.contains(where: doc.isLexical)
    }

    /// `Hugh Hill, a doctor, said:` closing the paragraph before a paragraph that opens
    /// with the quote.
    private func cueEndingPreviousParagraph(_ open: Int, _ finder: SpeakerFinder) -> SpeakerFinder.Attribution? {
        let sentence = doc.sentence(at: doc.start(open))
        guard sentence > 0 else { return nil }
        let previous = doc.sentences.tokenRange(sentence - 1)
        guard let last = previous.last, doc.word(last) == ":" else { return nil }
        return finder.before(previous.lowerBound..<last)
    }

    // MARK: Sharing attributions

    /// A quote split across paragraphs is one utterance: its parts share the attribution.
    private func shareAcrossParts(_ quotes: inout [AttributedQuote]) {
        for i in quotes.indices.dropFirst() where quotes[i].passage?.continuesFromPrevious == true && quotes[i].cue == nil {
            copyAttribution(from: i - 1, to: i, &quotes, reason: "continues the quote before")
        }
        for i in quotes.indices.dropLast().reversed() where quotes[i].passage?.continuesToNext == true && quotes[i].cue == nil {
            copyAttribution(from: i + 1, to: i, &quotes, reason: "continues in the next paragraph")
        }
    }

    /// An unattributed quote takes the speaker of the nearest attributed quote in its
    /// paragraph (`“A,” he said. “B.”`).
    private func shareWithNeighbours(_ quotes: inout [AttributedQuote]) {
        for i in quotes.indices where quotes[i].cue == nil && quotes[i].speaker == nil {
            let paragraph = quotes[i].paragraph
            let earlier = quotes[..<i].lastIndex { $0.paragraph == paragraph && $0.speaker != nil }
            let later = quotes[(i + 1)...].firstIndex { $0.paragraph == paragraph && $0.speaker != nil }
            if let source = earlier ?? later {
                copyAttribution(from: source, to: i, &quotes, reason: "next to a quote by the same speaker")
            } else if opensItsParagraph(quotes[i]), i > 0, quotes[i - 1].paragraph == paragraph - 1, quotes[i - 1].speaker != nil,
                      quotes[i - 1].kind != .indirect {
                // News convention: a paragraph that is only more of the quote goes on with the
                // speaker of the quote just before it.
                copyAttribution(from: i - 1, to: i, &quotes, reason: "goes on from the previous paragraph's quote")
            }
        }
    }

    private func opensItsParagraph(_ quote: AttributedQuote) -> Bool {
        guard let open = quote.passage?.openMark, quote.paragraph >= 1, quote.paragraph <= paragraphs.count else { return false }
        return doc.scalars[paragraphs[quote.paragraph - 1].lowerBound..<open].allSatisfy { $0.properties.isWhitespace }
    }

    private func copyAttribution(from source: Int, to target: Int, _ quotes: inout [AttributedQuote], reason: String) {
        guard quotes[source].speaker != nil else { return }
        quotes[target].speaker = quotes[source].speaker
        quotes[target].reason = reason
    }

    // MARK: Names

    /// Canonical names: a name becomes its entity's canonical name (or, without one, the
    /// longest person name in the document ending with the same word: `Ishikawa` → `Taku
    /// Ishikawa`); `he`/`she` become the nearest person named before them.
    private func resolveNames(_ quotes: inout [AttributedQuote]) {
        var people = persons
        for quote in quotes {
            guard let speaker = quote.speaker, speaker.kind == .name, entityName(speaker, kinds: [.person]) == nil else { continue }
            people.append((speaker.start, speaker.end, cleanName(speaker)))
        }
        people.sort { $0.start < $1.start }
        func canonical(_ name: String) -> String {
            let last = name.split(separator: " ").last.map(String.init) ?? name
            let longer = people.map(\.name).filter { $0 != name && ($0.hasSuffix(" " + last)) }
            return longer.max { $0.count < $1.count } ?? name
        }
        for i in quotes.indices {
            guard let speaker = quotes[i].speaker else { continue }
            switch speaker.kind {
            case .name:
                quotes[i].speakerName = entityName(speaker, kinds: EntityKind.allCases) ?? canonical(cleanName(speaker))
            case .pronoun:
                let word = doc.word(speaker.tokens.lowerBound)
                guard SpeechCues.thirdPersonPronouns.contains(word) else { continue }
                if let person = people.last(where: { $0.end <= speaker.start }) {
                    quotes[i].speakerName = canonical(person.name)
                } else {
                    quotes[i].reason += "; '\(word)' names no earlier person"
                }
            case .phrase:
                // `the State Department said`: a description whose head is an entity.
                if let mention = entities?.mention(overlapping: speaker.start..<speaker.end, in: doc.id), mention.end == speaker.end,
                   let entities {
                    quotes[i].speakerName = entities.entity(of: mention).name
                }
            }
        }
    }

    /// The canonical name of an entity of one of `kinds` mentioned inside the speaker mention.
    private func entityName(_ speaker: SpeakerFinder.Mention, kinds: [EntityKind]) -> String? {
        guard let entities, let mention = entities.mention(overlapping: speaker.start..<speaker.end, in: doc.id),
              kinds.contains(mention.kind) else { return nil }
        return entities.entity(of: mention).name
    }

    /// The name without leading titles (`Mr.`, `Dr`, `President`).
    private func cleanName(_ mention: SpeakerFinder.Mention) -> String {
        var first = mention.tokens.lowerBound
        let titles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "president",
                                   "minister", "senator", "sen.", "rep.", "gen.", "general", "secretary", "ambassador",
                                   "governor", "gov.", "chancellor", "professor", "spokesman", "spokeswoman", "spokesperson"]
        while first < mention.tokens.upperBound - 1, titles.contains(doc.word(first)) { first += 1 }
        return doc.text(doc.start(first), mention.end)
    }

    private func lexicalCount(_ start: Int, _ end: Int) -> Int {
        var count = 0
        var i = doc.token(atOrAfter: start)
        while i < doc.count, doc.start(i) < end {
            if doc.isLexical(i) { count += 1 }
            i += 1
        }
        return count
    }
}
