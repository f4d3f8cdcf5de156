import Workbench

/// `sentiment.quotes`: scores every quote. One `sentiment.quote` node per quote (same span,
/// attributes `compound`, `positive`, `negative`, `neutral`, `speaker`, `kind`, `words`),
/// a `sentiment-of` edge to the quote node, and a payload to look scores up by span (for the
/// `sentiment` column of `quotes`). Requires the quotes, which require the text layer.
struct QuoteSentimentAnalysis: Analysis {
    let id = "sentiment.quotes"
    let version = "1"
    let requires: [AnalysisKey] = [.quotes]
    let provides: [AnalysisKey] = [QuoteSentimentPlugin.quotesKey]
    var settings: [String] { [QuoteSentimentPlugin.domainSetting] }

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        let run = try SentimentRun(graph: context.graph, settings: context.settings)
        var layer = QuoteSentimentLayer()
        let quotes = context.graph.nodes("quote")
        for (index, quote) in quotes.enumerated() {
            if index % 256 == 0 { try context.checkCancelled() }
            let score = run.score(quote.span)
            let node = try output.addNode("sentiment.quote", span: quote.span, attributes: [
                "compound": SentimentFormat.value(score.compound), "positive": SentimentFormat.value(score.positive, 3),
                "negative": SentimentFormat.value(score.negative, 3), "neutral": SentimentFormat.value(score.neutral, 3),
                "speaker": quote["speaker"], "kind": quote["kind"], "words": .string(run.words(score, in: quote.span.document)),
            ])
            output.addEdge("sentiment-of", from: node, to: quote.id)
            layer.compound[quote.span] = score.compound
        }
        output.payload = layer
    }
}

/// The quotes' compound scores by span.
struct QuoteSentimentLayer: LayerPayload {
    var compound: [Span: Double] = [:]
}
