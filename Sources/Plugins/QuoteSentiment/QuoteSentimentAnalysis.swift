import Workbench

/// `sentiment.quotes`: scores every quote. One `sentiment.quote` node per quote (same span,
/// attributes `compound`, `positive`, `negative`, `neutral`, `speaker`, `kind`, `words`),
/// a `sentiment-of` edge to the quote node, and a payload to look scores up by span (for the
/// `sentiment` column of `quotes`). Requires the quotes, which require the text layer.
/// Nodes and edges are kept as columns (`SentimentQuoteColumns`), made when read.
struct QuoteSentimentAnalysis: Analysis {
    let id = "sentiment.quotes"
    let version = "1"
    let requires: [AnalysisKey] = [.quotes]
    let provides: [AnalysisKey] = [QuoteSentimentPlugin.quotesKey]
    var settings: [String] { [QuoteSentimentPlugin.domainSetting] }

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        let run = try SentimentRun(graph: context.graph, settings: context.settings)
        var layer = QuoteSentimentLayer()
        var columns = SentimentQuoteColumns()
        columns.spans.reserveCapacity(context.graph.nodeCount("quote"))
        var index = 0
        // Document by document (the order of `nodes("quote")`): no copy of every quote node.
        for document in context.graph.documents {
            for quote in context.graph.nodes("quote", in: document.id) {
                if index % 256 == 0 { try context.checkCancelled() }
                index += 1
                let score = run.score(quote.span)
                columns.spans.append(quote.span)
                columns.scores.append(.init(
                    compound: SentimentFormat.rounded(score.compound), positive: SentimentFormat.rounded(score.positive, 3),
                    negative: SentimentFormat.rounded(score.negative, 3), neutral: SentimentFormat.rounded(score.neutral, 3)))
                columns.speakers.append(quote["speaker"])
                columns.kinds.append(quote["kind"])
                columns.words.append(run.words(score, in: quote.span.document))
                columns.quotes.append(quote.id)
                layer.compound[quote.span] = score.compound
            }
        }
        let first = try output.addNodes(columns)
        output.addEdges(SentimentOfColumns(quotes: columns.quotes, firstNode: first.raw))
        output.payload = layer
    }
}

/// The quotes' compound scores by span.
struct QuoteSentimentLayer: LayerPayload {
    var compound: [Span: Double] = [:]
}
