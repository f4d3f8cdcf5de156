import Workbench

/// `sentiment.quote` nodes as columns: a quote's span, its four (rounded) scores, speaker,
/// kind and scored words, made into a node only when read. A stored node a quote, built
/// from an attribute dictionary, took ~400 bytes and its `sentiment-of` edge ~100 more.
struct SentimentQuoteColumns: NodeColumns {
    /// Sorted, as `AnalysisOutput` keeps attribute names.
    static let names = ["compound", "kind", "negative", "neutral", "positive", "speaker", "words"]

    struct Scores: Sendable {
        var compound, positive, negative, neutral: Double
    }

    let kind: Kind = "sentiment.quote"
    var spans: [Span] = []
    var scores: [Scores] = []
    var speakers: [Value] = []
    var kinds: [Value] = []
    var words: [String] = []
    /// The quote node each one scores (the `sentiment-of` edge's target).
    var quotes: [NodeID] = []

    var count: Int { spans.count }

    /// Room for `n` quotes in every column, so that none grows with room to spare.
    mutating func reserve(_ n: Int) {
        spans.reserveCapacity(n)
        scores.reserveCapacity(n)
        speakers.reserveCapacity(n)
        kinds.reserveCapacity(n)
        words.reserveCapacity(n)
        quotes.reserveCapacity(n)
    }

    func span(at index: Int) -> Span { spans[index] }

    func attributes(at index: Int) -> (names: [String], values: [Value]) {
        let s = scores[index]
        return (SentimentQuoteColumns.names, [.double(s.compound), kinds[index], .double(s.negative), .double(s.neutral),
                                              .double(s.positive), speakers[index], .string(words[index])])
    }
}

/// `sentiment-of` edges as columns: sentiment node → the quote node it scores.
struct SentimentOfColumns: EdgeColumns {
    let kind: Kind = "sentiment-of"
    let quotes: [NodeID]
    let firstNode: Int

    var count: Int { quotes.count }

    func endpoints(at index: Int) -> (from: NodeID, to: NodeID) { (NodeID(firstNode + index), quotes[index]) }
}
