/// One document as the quote analysis reads it: scalars, tokens, sentences, and cheap
/// questions about a token (its normalised word, is it a quote mark, capitalised …).
struct DocumentText {
    let id: String
    let scalars: [Unicode.Scalar]
    let tokens: DocumentTokens
    let sentences: DocumentSentences
    let lexicon: QuoteLexicon

    var count: Int { tokens.count }

    /// The token's normalised form (`said`, `"`, `'s`).
    func word(_ i: Int) -> String { lexicon.words[Int(tokens.normalized[i])] }

    /// What the quote analysis knows of the token's word.
    func flags(_ i: Int) -> QuoteLexicon.Flags { lexicon.flags[Int(tokens.normalized[i])] }

    func start(_ i: Int) -> Int { Int(tokens.start(i)) }
    func end(_ i: Int) -> Int { Int(tokens.end(i)) }

    func isCapitalized(_ i: Int) -> Bool { tokens.flags[i].contains(.capitalized) }
    func isLexical(_ i: Int) -> Bool { tokens.classes[i].isLexical }
    func isPunctuation(_ i: Int) -> Bool { tokens.classes[i] == .punctuation || tokens.classes[i] == .symbol }

    /// A double quotation mark of any kind (they all normalise to `"`).
    func isQuoteMark(_ i: Int) -> Bool {
        tokens.classes[i] == .punctuation && QuoteMarks.isDoubleMark(scalars[start(i)])
    }

    /// The text of scalars `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        let lo = max(0, start), hi = min(end, scalars.count)
        return lo < hi ? ScalarDecoder.string(scalars[lo..<hi]) : ""
    }

    /// The index of the first token at or after scalar `offset`.
    func token(atOrAfter offset: Int) -> Int { tokens.firstIndex(endingAfter: offset) }

    /// The sentence (0-based) holding scalar `offset`, clamped to the last one.
    func sentence(at offset: Int) -> Int {
        min(sentences.index(atOrAfter: offset), max(0, sentences.count - 1))
    }

    /// The token range of the sentence holding `offset`.
    func sentenceTokens(at offset: Int) -> Range<Int> {
        sentences.count == 0 ? 0..<0 : sentences.tokenRange(sentence(at: offset))
    }
}
