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
        var compounds: [Double] = []
        var columns = SentimentQuoteColumns()
        columns.reserve(context.graph.nodeCount("quote"))
        compounds.reserveCapacity(context.graph.nodeCount("quote"))
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
                compounds.append(score.compound)
            }
        }
        let first = try output.addNodes(columns)
        output.addEdges(SentimentOfColumns(quotes: columns.quotes, firstNode: first.raw))
        output.payload = QuoteSentimentLayer(spans: columns.spans, compounds: compounds)
    }
}

/// The quotes' compound scores, found by span: the quotes' spans in order (the node
/// columns' own array, not a copy) beside their scores, and where each document's lie.
/// A dictionary keyed by span took three times the memory.
struct QuoteSentimentLayer: LayerPayload {
    let spans: [Span]
    let compounds: [Double]
    private let documents: [String: Range<Int>]

    /// `spans` document by document, each document's by start, then end.
    init(spans: [Span], compounds: [Double]) {
        self.spans = spans
        self.compounds = compounds
        var documents: [String: Range<Int>] = [:]
        var first = 0
        for i in spans.indices where i + 1 == spans.count || spans[i + 1].document != spans[i].document {
            documents[spans[i].document] = first..<(i + 1)
            first = i + 1
        }
        self.documents = documents
    }

    /// The compound score of the quote with this span, if there is one.
    func compound(_ span: Span) -> Double? {
        guard let range = documents[span.document] else { return nil }
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if (spans[mid].start, spans[mid].end) < (span.start, span.end) { lo = mid + 1 } else { hi = mid }
        }
        return lo < range.upperBound && spans[lo] == span ? compounds[lo] : nil
    }
}
